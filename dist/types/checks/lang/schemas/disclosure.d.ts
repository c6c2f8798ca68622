import { z } from "zod";
/** What counts as an advertising disclosure in one language. */
export declare const schema: z.ZodObject<{
    markers: z.ZodArray<z.ZodString>;
    insufficient: z.ZodArray<z.ZodString>;
    nearStart: z.ZodNumber;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
