import { z } from "zod";
/** Triggers of the subjunctive and present-subjunctive stems of French verbs (`grammar/fr-subjunctive`). */
export declare const schema: z.ZodObject<{
    conjunctions: z.ZodArray<z.ZodString>;
    clauseStart: z.ZodArray<z.ZodString>;
    verbs: z.ZodArray<z.ZodString>;
    aCeQue: z.ZodArray<z.ZodString>;
    impersonal: z.ZodArray<z.ZodString>;
    adjectives: z.ZodArray<z.ZodString>;
    nouns: z.ZodArray<z.ZodString>;
    irregular: z.ZodRecord<z.ZodString, z.ZodObject<{
        je: z.ZodString;
        tu: z.ZodString;
        il: z.ZodString;
        nous: z.ZodString;
        vous: z.ZodString;
        ils: z.ZodString;
    }, z.core.$strict>>;
    indicativeConjunctions: z.ZodArray<z.ZodString>;
    indicativeWords: z.ZodArray<z.ZodString>;
    presentIndicative: z.ZodRecord<z.ZodString, z.ZodObject<{
        je: z.ZodString;
        tu: z.ZodString;
        il: z.ZodString;
        nous: z.ZodString;
        vous: z.ZodString;
        ils: z.ZodString;
    }, z.core.$strict>>;
    stems: z.ZodArray<z.ZodObject<{
        ending: z.ZodString;
        singular: z.ZodDefault<z.ZodString>;
        plural: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
