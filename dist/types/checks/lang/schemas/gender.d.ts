import { z } from "zod";
/**
 * Gender words of `grammar/fr-gender-agreement` beyond the lexicon
 * (`gender-lexicon.generated.ts`, built from Grammalecte's lexicon by
 * `scripts/build-fr-gender.py`).
 */
export declare const schema: z.ZodObject<{
    prenominalAdjectives: z.ZodObject<{
        masculine: z.ZodArray<z.ZodString>;
        feminine: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
    relativeTimeNouns: z.ZodArray<z.ZodString>;
    completiveNouns: z.ZodArray<z.ZodString>;
    invariableParticiples: z.ZodArray<z.ZodString>;
    invariableBeforeDe: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
