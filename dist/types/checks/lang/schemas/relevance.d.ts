import { z } from "zod";
/** Data for the relevance check: what never counts as a topic word, pronouns, and a light stemmer. */
export declare const schema: z.ZodObject<{
    stopwords: z.ZodArray<z.ZodString>;
    readerPronouns: z.ZodArray<z.ZodString>;
    companyPronouns: z.ZodArray<z.ZodString>;
    suffixes: z.ZodArray<z.ZodString>;
    minStem: z.ZodNumber;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
