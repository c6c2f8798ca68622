import { z } from "zod";
/** Word lists of the French grammar rules (`grammar/fr-*`). */
export declare const schema: z.ZodObject<{
    ouAntecedents: z.ZodArray<z.ZodString>;
    reflexiveVerbs: z.ZodArray<z.ZodString>;
    pluralInvariable: z.ZodArray<z.ZodString>;
    hyphenCompounds: z.ZodArray<z.ZodString>;
    hyphenNouns: z.ZodArray<z.ZodString>;
    spuriousHyphens: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
