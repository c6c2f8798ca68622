import { z } from "zod";

const word = z.string().min(1).regex(/^[\p{Ll}'’-]+$/u, "lower-case words only");

/**
 * Gender words of `grammar/fr-gender-agreement` beyond the lexicon
 * (`gender-lexicon.generated.ts`, built from Grammalecte's lexicon by
 * `scripts/build-fr-gender.py`).
 */
export const schema = z.strictObject({
  /**
   * Adjectives that stand before the noun, by gender, every form: « grande crétin »,
   * « de petite homme » are reported even without a determiner. Only adjectives
   * that are not also common adverbs before a noun (« haut la main », « seul »).
   */
  prenominalAdjectives: z.strictObject({ masculine: z.array(word).min(5), feminine: z.array(word).min(5) }),
  /** Nouns after which « que » means « où » (« la fois que j'ai mangé »): no object to agree with (`grammar/fr-participle-object-agreement`). */
  relativeTimeNouns: z.array(word).min(5),
  /** Nouns followed by a completive « que » (« l'impression qu'il a réussi »): « que » is no object there. */
  completiveNouns: z.array(word).min(5),
  /** Past participles that never agree with a preceding « que »: impersonal or intransitive verbs (« les efforts qu'il a fallu », « les heures qu'il a dormi »). */
  invariableParticiples: z.array(word).min(5),
  /** Nouns that keep their gender before « de » whatever follows (« ce putain de temps »). */
  invariableBeforeDe: z.array(word),
});
export type Data = z.output<typeof schema>;
