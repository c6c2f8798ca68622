import { z } from "zod";

const word = z.string().min(1).regex(/^[\p{Ll}'’ -]+$/u, "lower-case words only");
const persons = z.strictObject({ je: word, tu: word, il: word, nous: word, vous: word, ils: word });
const stem = z.string().regex(/^\p{Ll}*$/u, "a lower-case stem ending");

/** Triggers of the subjunctive and present-subjunctive stems of French verbs (`grammar/fr-subjunctive`). */
export const schema = z.strictObject({
  /** Conjunctive locutions followed by the subjunctive, without their final « que » (« afin », « à moins », « jusqu'à ce »). */
  conjunctions: z.array(word).min(10),
  /** Locutions that are conjunctions only at the start of a clause (« bien que », but « il sait bien que »). */
  clauseStart: z.array(word).min(2),
  /** Infinitives of verbs whose « que » clause takes the subjunctive, whatever their subject (« je veux que », « elle doutait que »). */
  verbs: z.array(word).min(10),
  /** Infinitives of verbs followed by « à ce que » + subjunctive (« je tiens à ce que », « veiller à ce que »); « à ce que » is a relative elsewhere (« pense à ce que tu dis »). */
  aCeQue: z.array(word).min(3),
  /** Infinitives of impersonal verbs that take the subjunctive after « il » (« il faut que », « il arrive que », « il importe que »). */
  impersonal: z.array(word).min(3),
  /** Adjectives and nouns that take the subjunctive after « être » (« il est possible que », « je suis content que », « c'est dommage que »). */
  adjectives: z.array(word).min(10),
  /** Nouns that take the subjunctive after « avoir » or « de » (« j'ai peur que », « de crainte que »). */
  nouns: z.array(word).min(3),
  /** Present subjunctive of « être » and « avoir », by person. */
  irregular: z.record(z.string(), persons),
  /** Locutions followed by the indicative, without their final « que » (« dès que », « après que », « parce que »): a subjunctive there is reported. */
  indicativeConjunctions: z.array(word).min(5),
  /** Conjunctions and adverbs followed by the indicative and directly by the subject (« lorsque », « puisque », « quand », « pourquoi »). */
  indicativeWords: z.array(word).min(3),
  /** Present indicative of the verbs whose subjunctive is not built on the indicative stem (« qu'il aille » / « il va »), by person. */
  presentIndicative: z.record(z.string(), persons),
  /**
   * Stems of the present subjunctive by infinitive ending (longest ending wins): the infinitive loses `ending` and takes
   * `singular` for je, tu, il, ils (the stem of « ils prennent ») and `plural` for nous, vous (« prenions »); nothing when absent.
   */
  stems: z.array(z.strictObject({ ending: word, singular: stem.default(""), plural: stem.default("") })).min(10),
});
export type Data = z.output<typeof schema>;
