import { z } from "zod";
/** English a/an: the exceptions to "an before a vowel letter". */
export declare const schema: z.ZodObject<{
    consonantSound: z.ZodArray<z.ZodString>;
    vowelSound: z.ZodArray<z.ZodString>;
    vowelLetters: z.ZodString;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
