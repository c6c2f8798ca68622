import { z } from "zod";

const words = z.array(z.string().min(1));

/** Data for the relevance check: what never counts as a topic word, pronouns, and a light stemmer. */
export const schema = z.strictObject({
  /** Function and filler words: never matched as topic words, never weighted. */
  stopwords: words,
  /** Second person: the reader ("you", « vous »). */
  readerPronouns: words,
  /** First person: the company or the author ("we", « nous »). */
  companyPronouns: words,
  /** Suffixes removed by the light stemmer, longest first, with the minimum stem length kept. */
  suffixes: z.array(z.string().min(1)),
  minStem: z.number().int().min(2).max(6),
});
export type Data = z.output<typeof schema>;
