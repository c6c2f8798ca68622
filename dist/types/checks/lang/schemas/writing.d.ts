import { z } from "zod";
/** A phrase to flag: literal words (matched case-insensitively on word boundaries; `*` = any one word). */
export declare const entry: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    phrase: z.ZodString;
    replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
    fix: z.ZodDefault<z.ZodBoolean>;
    exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
    note: z.ZodOptional<z.ZodString>;
    examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>]>;
export type Entry = z.output<typeof entry>;
export declare const schema: z.ZodObject<{
    thresholds: z.ZodObject<{
        longSentence: z.ZodNumber;
        longParagraph: z.ZodNumber;
        readabilityWarn: z.ZodNumber;
        readabilityInfo: z.ZodNumber;
        readabilityMinWords: z.ZodNumber;
    }, z.core.$strict>;
    wordy: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
    buzzwords: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
    cliches: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
    hedging: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
    selfStyled: z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        phrase: z.ZodString;
        replace: z.ZodDefault<z.ZodArray<z.ZodString>>;
        fix: z.ZodDefault<z.ZodBoolean>;
        exceptions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        note: z.ZodOptional<z.ZodString>;
        examples: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>;
    repeatAllowed: z.ZodArray<z.ZodString>;
    passive: z.ZodObject<{
        auxiliaries: z.ZodArray<z.ZodString>;
        suffixes: z.ZodArray<z.ZodString>;
        irregular: z.ZodArray<z.ZodString>;
        exceptions: z.ZodArray<z.ZodString>;
    }, z.core.$strict>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
