import type { Block, Doc, Sentence } from "../document/model.js";
import type { RuleContext } from "../rule.js";
/** A registered set of trigger words (keys: lower case, straight apostrophes). */
export interface Triggers {
    readonly id: number;
    readonly words: ReadonlySet<string>;
}
/** Registers trigger words (at module load: the per-review index lists the sets known when it is built). */
export declare function triggers(words: Iterable<string>): Triggers;
/** A document's words by position (the blocks' words in order): where each stands, and where each set's words are. */
export interface WordIndex {
    /** By position: the sentence (undefined for the few words outside any) and the index in `sentence.words` (-1: none). */
    readonly sentence: ReadonlyArray<Sentence | undefined>;
    readonly inSentence: Int32Array;
    /** By position: the block and the index in `block.words`. */
    readonly block: readonly Block[];
    readonly inBlock: Int32Array;
    /** Positions of the words that hold a hyphen (« peut-être », « sont-ils »), ascending. */
    readonly hyphenated: readonly number[];
    /** By set id: the positions of its words, ascending. */
    readonly lists: ReadonlyArray<readonly number[]>;
}
export declare function wordIndex(doc: Doc, ctx: RuleContext): WordIndex;
/** The positions of a set's words in the document, ascending. */
export declare function positionsOf(doc: Doc, ctx: RuleContext, t: Triggers): readonly number[];
/** Two ascending lists of positions merged, each position once. */
export declare function merge(a: readonly number[], b: readonly number[]): number[];
