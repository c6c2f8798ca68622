import type { RuleContext } from "../../rule.js";
import type { HistoryEntry } from "../../types.js";
import { fingerprintWords, normalizeTokens, similarity } from "../../similarity/index.js";
import type { Doc } from "../../document/model.js";
import { analyzePromotion } from "./analysis.js";

/** Near-duplicate when the estimated Jaccard similarity of word 3-shingles reaches this. */
export const REPEAT_SIMILARITY = 0.5;
/** How many recent posts a repeat is looked for in, at least. */
export const REPEAT_LOOKBACK = 20;

export interface CrossPost {
  /** Promotional share of the last `window` posts, this one included; null without history. */
  windowShare: number | null;
  windowPosts: number;
  promotionalInWindow: number;
  exceeded: boolean;
  repeats: Array<{ entry: HistoryEntry; similarity: number }>;
}

export function crossPost(doc: Doc, ctx: RuleContext): CrossPost {
  return ctx.memo("promotion:cross-post", () => {
    const a = analyzePromotion(doc, ctx);
    const { window, maxShare } = ctx.config.selfPromotion;
    const history = ctx.history;
    let windowShare: number | null = null;
    let promotionalInWindow = 0;
    let windowPosts = 0;
    if (history.length > 0) {
      const recent = history.slice(-(window - 1));
      windowPosts = recent.length + 1;
      promotionalInWindow = recent.filter((h) => h.promotional).length + (a.promotional ? 1 : 0);
      windowShare = promotionalInWindow / windowPosts;
    }
    const repeats: CrossPost["repeats"] = [];
    // Without a history there is nothing to compare with: the signature is not computed.
    const fp = history.length > 0 ? ctx.memo("fingerprint", () => fingerprintWords(ctx.memo("normalizedWords", () => normalizeTokens(doc.words)))) : null;
    if (fp && fp.signature.length > 0) {
      for (const entry of history.slice(-Math.max(window, REPEAT_LOOKBACK))) {
        const s = entry.hash === fp.hash ? 1 : similarity(fp.signature, entry.signature);
        if (s >= REPEAT_SIMILARITY) repeats.push({ entry, similarity: Math.round(s * 100) / 100 });
      }
    }
    return {
      windowShare,
      windowPosts,
      promotionalInWindow,
      // Only the post that pushes the share over the limit is at fault, not the useful ones after it.
      exceeded: a.promotional && windowShare !== null && windowShare > maxShare,
      repeats,
    };
  });
}
