import { z } from "zod";
/** Homophones told apart by a fixed expression or a neighbour. */
export declare const schema: z.ZodObject<{
    homophones: z.ZodArray<z.ZodObject<{
        right: z.ZodString;
        why: z.ZodString;
        patterns: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
    etEst: z.ZodArray<z.ZodObject<{
        right: z.ZodString;
        why: z.ZodString;
        patterns: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
