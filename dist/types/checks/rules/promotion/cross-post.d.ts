import type { RuleContext } from "../../rule.js";
import type { HistoryEntry } from "../../types.js";
import type { Doc } from "../../document/model.js";
/** Near-duplicate when the estimated Jaccard similarity of word 3-shingles reaches this. */
export declare const REPEAT_SIMILARITY = 0.5;
/** How many recent posts a repeat is looked for in, at least. */
export declare const REPEAT_LOOKBACK = 20;
export interface CrossPost {
    /** Promotional share of the last `window` posts, this one included; null without history. */
    windowShare: number | null;
    windowPosts: number;
    promotionalInWindow: number;
    exceeded: boolean;
    repeats: Array<{
        entry: HistoryEntry;
        similarity: number;
    }>;
}
export declare function crossPost(doc: Doc, ctx: RuleContext): CrossPost;
