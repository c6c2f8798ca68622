import type { Word } from "./model.js";
export interface SentenceSpan {
    start: number;
    end: number;
}
/**
 * Splits a block's text into sentences. A sentence ends at . ! ? … (with any
 * closing quotes or brackets) followed by white space and then something that
 * can start a sentence, or at a line break inside the block. It does not end
 * after a known abbreviation (« M. », "e.g."), a single initial ("J. Smith"),
 * or inside a number or URL (those are single tokens already).
 */
export declare function splitSentences(text: string, words: readonly Word[], abbreviations: ReadonlySet<string>): SentenceSpan[];
