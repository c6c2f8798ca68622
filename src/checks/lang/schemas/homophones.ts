import { z } from "zod";

/**
 * A pattern is a run of words separated by spaces. Each word is a list of
 * alternatives separated by `|`: a lower-case word or a class (`@inf`
 * infinitive, `@det` determiner, `@poss` possessive, `@num` number, `@cap`
 * capitalised word, `@name` capitalised word the dictionary does not know,
 * `@adv` adverb, `@avoir`, `@etre`, `@pp` past participle, `@npl` plural noun
 * or adjective, `@w` any word). `?` after a word makes
 * it optional, `!` before it says the neighbour is none of them (or absent),
 * `^` and `$` stand for the start and end of the clause (punctuation or
 * sentence boundary). The word in brackets is the wrong one: `[tache]`, or
 * `[taches>tâches]` when its correction is not the entry's `right`.
 */
const pattern = z
  .string()
  .min(3)
  .regex(/^[^[\]]*\[[^[\]]+\][^[\]]*$/u, "exactly one bracketed word")
  .regex(/^[^A-Z]*$/u, "lower-case words only");

const entry = z.strictObject({
  /** The correct word (the bracketed word's default correction). */
  right: z.string().min(1),
  /** What the correct word is, in a few French words, for the message. */
  why: z.string().min(3),
  patterns: z.array(pattern).min(1),
});

/** Homophones told apart by a fixed expression or a neighbour. */
export const schema = z.strictObject({
  /** Nouns and other content words (`grammar/fr-noun-homophones`). */
  homophones: z.array(entry).min(10),
  /** « et » written for « est » and the reverse (`grammar/fr-et-est`). */
  etEst: z.array(entry).min(2),
});
export type Data = z.output<typeof schema>;
