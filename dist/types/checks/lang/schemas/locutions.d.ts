import { z } from "zod";
/** Fixed phrases said twice or said wrong (`writing/pleonasm`, `grammar/locution`). */
export declare const schema: z.ZodObject<{
    pleonasms: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
    locutions: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
