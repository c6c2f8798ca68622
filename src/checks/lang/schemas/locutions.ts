import { z } from "zod";
import { entry } from "./writing.js";

/** Fixed phrases said twice or said wrong (`writing/pleonasm`, `grammar/locution`). */
export const schema = z.strictObject({
  /** Redundant phrases: the second part repeats the first (« monter en haut », "return back"). */
  pleonasms: z.array(entry).min(10),
  /** Set phrases written wrong: a misheard word or a wrong preposition (« de mal en pire », "for all intensive purposes"). */
  locutions: z.array(entry).min(10),
});
export type Data = z.output<typeof schema>;
