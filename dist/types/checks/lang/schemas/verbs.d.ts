import { z } from "zod";
/** Verb forms and context words of the French verb-form rules (`grammar/fr-infinitive-participle`, `grammar/fr-subject-verb-person`). */
export declare const schema: z.ZodObject<{
    clitics: z.ZodArray<z.ZodString>;
    auxiliaries: z.ZodArray<z.ZodString>;
    etre: z.ZodArray<z.ZodString>;
    adverbs: z.ZodArray<z.ZodString>;
    modals: z.ZodArray<z.ZodString>;
    prepositions: z.ZodArray<z.ZodString>;
    linking: z.ZodArray<z.ZodString>;
    notAttributes: z.ZodArray<z.ZodString>;
    attributeLinking: z.ZodArray<z.ZodString>;
    attributeInfinitives: z.ZodArray<z.ZodString>;
    attributeChainBare: z.ZodArray<z.ZodString>;
    attributeChainDe: z.ZodArray<z.ZodString>;
    attributeChainA: z.ZodArray<z.ZodString>;
    attributePronominal: z.ZodArray<z.ZodString>;
    reflexiveIndirect: z.ZodArray<z.ZodString>;
    notVerbs: z.ZodArray<z.ZodString>;
    imperfectStems: z.ZodRecord<z.ZodString, z.ZodString>;
    invertedAtStart: z.ZodArray<z.ZodString>;
    infinitiveAfterDe: z.ZodArray<z.ZodString>;
    modalForms: z.ZodArray<z.ZodString>;
    causatives: z.ZodArray<z.ZodString>;
    motionVerbs: z.ZodArray<z.ZodString>;
    infinitiveOrAttribute: z.ZodArray<z.ZodString>;
    persons: z.ZodRecord<z.ZodString, z.ZodArray<z.ZodObject<{
        wrong: z.ZodString;
        right: z.ZodString;
        needsInfinitive: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
