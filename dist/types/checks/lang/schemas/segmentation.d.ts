import { z } from "zod";
/** Data for sentence/word segmentation and language detection. */
export declare const schema: z.ZodObject<{
    stopwords: z.ZodArray<z.ZodString>;
    abbreviations: z.ZodArray<z.ZodString>;
    elisions: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
