import { z } from "zod";
/** English grammar data: `grammar/en-confusions` and `grammar/en-subject-verb`. */
export declare const schema: z.ZodObject<{
    confusions: z.ZodArray<z.ZodObject<{
        wrong: z.ZodString;
        right: z.ZodString;
        before: z.ZodDefault<z.ZodArray<z.ZodString>>;
        after: z.ZodDefault<z.ZodArray<z.ZodString>>;
        atEnd: z.ZodDefault<z.ZodBoolean>;
        unlessBefore: z.ZodDefault<z.ZodArray<z.ZodString>>;
        why: z.ZodString;
    }, z.core.$strict>>;
    subjectVerb: z.ZodObject<{
        pronouns: z.ZodArray<z.ZodObject<{
            subjects: z.ZodArray<z.ZodString>;
            swap: z.ZodRecord<z.ZodString, z.ZodString>;
        }, z.core.$strict>>;
        baseVerbs: z.ZodArray<z.ZodString>;
        notBeforeBaseVerb: z.ZodArray<z.ZodString>;
        subjunctive: z.ZodArray<z.ZodString>;
        pluralDeterminers: z.ZodArray<z.ZodString>;
        pluralSwap: z.ZodRecord<z.ZodString, z.ZodString>;
        singularInS: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
