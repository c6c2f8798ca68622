import { z } from "zod";
/** Words written in capitals that are not shouting: acronyms and initialisms. */
export declare const schema: z.ZodObject<{
    acronyms: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
