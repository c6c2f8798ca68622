import { z } from "zod";
/** How affiliate links are recognised, whatever the language. */
export declare const schema: z.ZodObject<{
    hosts: z.ZodArray<z.ZodString>;
    params: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
