import { z } from "zod";

const word = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words only");

/**
 * A word that is wrong in a context its neighbours settle: `wrong` followed by one of
 * `before` (or by the end of a clause when `atEnd`), or preceded by one of `after`.
 */
const confusion = z.strictObject({
  wrong: word,
  right: z.string().min(1),
  before: z.array(word).default([]),
  after: z.array(word).default([]),
  atEnd: z.boolean().default(false),
  /** Next words that cancel a match (« could of course »). */
  unlessBefore: z.array(word).default([]),
  why: z.string().min(3),
});

/** English grammar data: `grammar/en-confusions` and `grammar/en-subject-verb`. */
export const schema = z.strictObject({
  confusions: z.array(confusion).min(5),
  subjectVerb: z.strictObject({
    /** Per subject pronoun, verb forms that do not go with it and their right form. */
    pronouns: z.array(z.strictObject({ subjects: z.array(word).min(1), swap: z.record(word, z.string().min(1)) })).min(2),
    /** « he/she » + a base verb → the -s form, unless one of these comes right before the pronoun (« does he go », « let her go »). */
    baseVerbs: z.array(word).min(5),
    notBeforeBaseVerb: z.array(word).min(5),
    /** Words before « he/she/it were » that make it a subjunctive (« if he were »). */
    subjunctive: z.array(word).min(1),
    /** Plural determiners: « our customers has » → « have ». */
    pluralDeterminers: z.array(word).min(3),
    /** After a plural noun: singular verb → plural verb. */
    pluralSwap: z.record(word, z.string().min(1)),
    /** Nouns in -s that are singular (« news », « series »). */
    singularInS: z.array(word).min(5),
  }),
});
export type Data = z.output<typeof schema>;
