import { z } from "zod";

/** How affiliate links are recognised, whatever the language. */
export const schema = z.strictObject({
  /** Hosts that only serve affiliate or tracking redirects. */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/, "lower-case host name")),
  /** Query parameters that carry an affiliate id (`?tag=`, `?ref=`). */
  params: z.array(z.string().regex(/^[a-z0-9_]+$/i)),
});
export type Data = z.output<typeof schema>;
