import { z } from "zod";

const word = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words only");

/** Word lists of the French grammar rules (`grammar/fr-*`). */
export const schema = z.strictObject({
  /** Nouns of time or place after which « ou » + a subject pronoun is the relative « où » (« le jour où il… »). */
  ouAntecedents: z.array(word).min(10),
  /** Verb forms that, after « ne », « ça » or a subject pronoun, show that « ce » stands for the reflexive « se » (« il ce demande »). */
  reflexiveVerbs: z.array(word).min(10),
  /** Words without a final -s that stay as they are after a plural determiner (« les tout débuts », « des quelque »). */
  pluralInvariable: z.array(word).min(10),
  /** Compounds and locutions always hyphenated (« arc-en-ciel », « c'est-à-dire »): reported when written with spaces. */
  hyphenCompounds: z.array(word).min(10),
  /** Nouns hyphenated only as nouns (« le face-à-face », adverb « face à face »): reported after a determiner. */
  hyphenNouns: z.array(word).min(10),
  /** Locutions that never take a hyphen (« tout à fait », « parce que »): reported when written with one. */
  spuriousHyphens: z.array(word).min(10),
});
export type Data = z.output<typeof schema>;
