import type { Block, Sentence, Word } from "../document/model.js";
import type { RuleContext } from "../rule.js";
/**
 * Determiners and the nominal group after them, for the French agreement
 * rules. A determiner is read as one only when what precedes it is not a
 * subject or an object pronoun (« il les mange », « je le sais »).
 */
export declare const PLURAL_DETERMINERS: ReadonlySet<string>;
export declare const SINGULAR_DETERMINERS: ReadonlySet<string>;
export interface DeterminerAt {
    index: number;
    plural: boolean;
}
/**
 * Determiners of a sentence that are not pronouns. Six agreement rules ask, for every sentence:
 * computed once per word list and review (a review's map, not a module-level WeakMap, whose entries
 * kept each review's words alive until the next full collection).
 */
export declare function determiners(words: readonly Word[], ctx: RuleContext): DeterminerAt[];
/** Only white space between two words of the block (no comma, no bracket, no placeholder). */
export declare function adjacent(block: Block, a: Word, b: Word): boolean;
/** A lower-case word of letters (no number, no capital: names and acronyms are left alone). */
export declare const plainWord: (w: Word | undefined) => w is Word;
export type { Sentence };
