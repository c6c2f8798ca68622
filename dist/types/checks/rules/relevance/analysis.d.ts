import type { Doc } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Range } from "../../types.js";
export interface PhraseMatch {
    phrase: string;
    /** 1 = the whole phrase was found; below 1 = that share of its weighted words appear. */
    strength: number;
    ranges: Range[];
}
export interface RelevanceAnalysis {
    hasAudience: boolean;
    topics: PhraseMatch[];
    questions: PhraseMatch[];
    avoided: PhraseMatch[];
    readerCount: number;
    companyCount: number;
    readerFocus: number | null;
    contentWords: number;
    score: number | null;
}
export declare function analyzeRelevance(doc: Doc, ctx: RuleContext): RelevanceAnalysis;
