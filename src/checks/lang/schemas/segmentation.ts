import { z } from "zod";

/** Data for sentence/word segmentation and language detection. */
export const schema = z.strictObject({
  /** Very frequent function words, lower case: language detection scores on them. */
  stopwords: z.array(z.string().min(1)).min(20),
  /** Abbreviations ending in a period that do not end a sentence ("M.", "e.g."), as written, period included. */
  abbreviations: z.array(z.string().regex(/\.$/, "must end with a period")),
  /** French elided forms split off the next word (« l' », « qu' »), without the apostrophe. Empty for English. */
  elisions: z.array(z.string().min(1)).default([]),
});
export type Data = z.output<typeof schema>;
