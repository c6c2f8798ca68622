import { z } from "zod";

/** Words written in capitals that are not shouting: acronyms and initialisms. */
export const schema = z.strictObject({
  acronyms: z.array(z.string().regex(/^[\p{Lu}\p{N}&-]+$/u, "must be in capitals")),
});
export type Data = z.output<typeof schema>;
