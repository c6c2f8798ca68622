import type { Doc, Sentence } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Range } from "../../types.js";
import { signalNames } from "../../lang/schemas/promotion.js";
export type Signal = (typeof signalNames)[number] | "brand" | "ownLink" | "shouting" | "hashtags" | "emoji";
/**
 * How much one occurrence of each signal says "this sentence sells". A
 * sentence is promotional at 1: a discount, a promo code, a contest, bait or
 * spam alone is enough; a brand mention, urgency or a call to act needs
 * company. Tuned on eval/data/promotion-*.jsonl.
 */
export declare const SIGNAL_WEIGHT: Record<Signal, number>;
/** Post verdict: promotional when this share of sentences promotes, or when the signals add up to this much (in at least half that share). */
export declare const PROMOTIONAL_SHARE = 0.3;
export declare const PROMOTIONAL_WEIGHT = 3;
export declare const MAX_HASHTAGS_IN_SENTENCE = 3;
export interface SignalHit {
    signal: Signal;
    range: Range;
    text: string;
}
export interface SentenceSignals {
    sentence: Sentence;
    hits: SignalHit[];
    weight: number;
    promotional: boolean;
}
export interface PromotionAnalysis {
    sentences: SentenceSignals[];
    promoShare: number;
    totalWeight: number;
    promotional: boolean;
    counts: Record<string, number>;
}
export declare const ACRONYMS: Set<string>;
/** Words in capitals of three letters or more that are not acronyms, in runs of two or more (or one of six+ letters). */
export declare function shoutingRuns(sentence: Sentence, ctx: RuleContext): Array<{
    start: number;
    end: number;
}>;
export declare function analyzePromotion(doc: Doc, ctx: RuleContext): PromotionAnalysis;
export declare const SIGNAL_LABEL: Record<Signal, {
    fr: string;
    en: string;
}>;
