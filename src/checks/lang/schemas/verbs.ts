import { z } from "zod";

const word = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words only");
const ending = z.string().regex(/^\p{Ll}*$/u, "a lower-case ending");

/** Verb forms and context words of the French verb-form rules (`grammar/fr-infinitive-participle`, `grammar/fr-subject-verb-person`). */
export const schema = z.strictObject({
  /** Object pronouns and « ne » that may stand between a subject and its verb (« il ne le lui donne »). */
  clitics: z.array(word).min(10),
  /** Conjugated forms of « avoir », after which a past participle, not an infinitive, follows (« il a mangé »). */
  auxiliaries: z.array(word).min(20),
  /** Conjugated forms of « être ». Not used for the participle: after « être » an -er word is often a noun or an adjective (« il est boucher », « fier »). */
  etre: z.array(word).min(20),
  /** Short adverbs that may stand between an auxiliary or a modal and the next verb (« il a déjà mangé »). */
  adverbs: z.array(word).min(10),
  /** Conjugated verbs (pouvoir, devoir, vouloir, aller, falloir…) after which an infinitive, not a participle, follows (« il va manger »); not those that also take an attribute (« savoir », « préférer », « sembler »). */
  modals: z.array(word).min(20),
  /** Prepositions after which an infinitive, not a participle, follows (« pour manger »). */
  prepositions: z.array(word).min(2),
  /** Linking verbs other than « être » (sembler, paraître, devenir, rester, demeurer): their attribute agrees with the subject. */
  linking: z.array(word).min(10),
  /** Words that follow « être » without being an attribute that agrees: adverbs, prepositions, determiners, nouns ending in -s. */
  notAttributes: z.array(word).min(20),
  /** Other forms of the linking verbs (all persons, simple tenses) for `grammar/fr-attribute-agreement`. */
  attributeLinking: z.array(word).min(10),
  /** Infinitives of linking verbs: their attribute agrees with the subject of the verb they depend on. */
  attributeInfinitives: z.array(word).min(5),
  /** Verbs (infinitives) whose subject is the subject of a following infinitive without preposition (« vouloir être »). */
  attributeChainBare: z.array(word).min(5),
  /** The same with « de » (« risquer d'être »). */
  attributeChainDe: z.array(word).min(5),
  /** The same with « à » (« commencer à être »). */
  attributeChainA: z.array(word).min(5),
  /** Pronominal verbs followed by an attribute of the subject (« se croire », « se montrer »). */
  attributePronominal: z.array(word).min(5),
  /** Pronominal verbs whose pronoun is an indirect object: their participle stays invariable (« elles se sont parlé »). */
  reflexiveIndirect: z.array(word).min(10),
  /** Words ending like a verb that may follow a subject pronoun and are not verbs (« tu même », « il comme »). */
  notVerbs: z.array(word),
  /**
   * Endings wrong for a subject pronoun and their replacement: a form is reported when the replaced
   * form is a word of the dictionary (« tu mange » → « manges », « il mangeais » → « mangeait »).
   * `needsInfinitive`: the stem + « er » must be a verb too (endings shared with nouns, like -e/-es).
   */
  /** Imperfect stems of common irregular verbs, by infinitive (« avoir » → « av »): the tense a clause with « si » takes instead of the conditional. */
  imperfectStems: z.record(z.string(), z.string().regex(/^\p{Ll}+$/u)),
  /** Third persons often put before their subject at the start of a sentence (« Vient le temps des cerises », « Sort le nouveau film »): not read as a mistaken imperative. */
  invertedAtStart: z.array(word).min(10),
  /** Nouns, adjectives and verbs after which « de » introduces an infinitive (« en train de », « au lieu de », « capable de », « il suffit de »): « de » + participle is then an error, not an attribute (« rien de changé »). */
  infinitiveAfterDe: z.array(word).min(10),
  /** Infinitives, participles and gerunds of the modal verbs (« il doit pouvoir manger », « ont voulu manger »), and forms inverted with a pronoun are read from `modals`. */
  modalForms: z.array(word).min(5),
  /** Forms of « laisser » and « faire », followed by an infinitive (« laissé tomber », « fait travailler »). */
  causatives: z.array(word).min(10),
  /** Plural forms of verbs of motion, followed by an infinitive or by an attribute (« ils viennent manger », « ils viennent fâchés »): a masculine singular participle after them is an infinitive. */
  motionVerbs: z.array(word).min(5),
  /** Verbs followed by an infinitive, or by an object and its attribute (« je sais nager », « je le sais fatigué », « entendu parler », « je l'ai senti fatigué »). */
  infinitiveOrAttribute: z.array(word).min(5),
  persons: z.record(
    z.string(),
    z.array(z.strictObject({ wrong: ending, right: ending, needsInfinitive: z.boolean().default(false) })),
  ),
});
export type Data = z.output<typeof schema>;
