import { z } from "zod";

/** What counts as an advertising disclosure in one language. */
export const schema = z.strictObject({
  /** Clear disclosures (lower case; matched on word boundaries). */
  markers: z.array(z.string().min(2)),
  /** Tags that regulators and platforms do not accept alone (#sp, #spon). */
  insufficient: z.array(z.string().min(2)),
  /** How far from the start (in characters of prose) a disclosure still counts as "near the start". */
  nearStart: z.number().int().positive(),
});
export type Data = z.output<typeof schema>;
