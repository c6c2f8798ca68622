import type { Word } from "../document/model.js";
/**
 * Token helpers of the French verb-form rules. They walk a sentence's words
 * (the tokenizer already split « l'année » into « l' » + « année »), so a
 * pattern is a few set lookups per word rather than a regular expression.
 */
export declare const key: (w: Word) => string;
export declare const CLITICS: ReadonlySet<string>;
export declare const AUXILIARIES: ReadonlySet<string>;
export declare const ETRE: ReadonlySet<string>;
/** Object pronouns that cannot be read as articles (« le », « la », « les », « l' » can: « pour le marché »). */
export declare const PRONOUNS_ONLY: ReadonlySet<string>;
export declare const ADVERBS: ReadonlySet<string>;
export declare const MODALS: ReadonlySet<string>;
export declare const PREPOSITIONS: ReadonlySet<string>;
export declare const NOT_VERBS: ReadonlySet<string>;
/** Index of the first word at or after `i` that is not in `skip` (a run of clitics or adverbs). */
export declare function skipWords(words: readonly Word[], i: number, skip: ReadonlySet<string>): number;
/**
 * A first-group verb (-er): the stem makes the infinitive and the « nous » form (« mangeons », « commençons »).
 * Asking for both keeps nouns out (« mer » is a word, « mons » is not).
 */
export declare function isFirstGroupStem(stem: string): boolean;
/** « Mangé » → « Manger » keeping the first letter's case. */
export declare function withCaseOf(model: string, word: string): string;
export declare const personEndings: Record<string, {
    wrong: string;
    right: string;
    needsInfinitive: boolean;
}[]>;
