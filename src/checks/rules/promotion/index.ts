import type { Family } from "../../rule.js";
import type { SelfPromotionResult } from "../../report-types.js";
import { analyzePromotion } from "./analysis.js";
import { crossPost } from "./cross-post.js";
import { rule as promotionalPost } from "./promotional-post.js";
import { rule as promotionalSentence } from "./promotional-sentence.js";
import { rule as engagementBait } from "./engagement-bait.js";
import { rule as spam } from "./spam.js";
import { rule as hashtagStuffing } from "./hashtag-stuffing.js";
import { rule as frequency } from "./frequency.js";
import { rule as repeatedPost } from "./repeated-post.js";

/**
 * Score: 100 for a post without promotion, down to 50 for a post that only
 * sells (a promotional post is allowed — one in five); each cross-post
 * problem (share over the limit, repeat of a recent post) costs 25 more.
 */
export const selfPromotion: Family<SelfPromotionResult> = {
  name: "selfPromotion",
  rules: [promotionalPost, promotionalSentence, engagementBait, spam, hashtagStuffing, frequency, repeatedPost],
  result(doc, ctx, findings) {
    const a = analyzePromotion(doc, ctx);
    const c = crossPost(doc, ctx);
    let score = 100 - 50 * Math.min(1, a.promoShare / 0.6);
    if (c.exceeded) score -= 25;
    if (c.repeats.length > 0) score -= 25;
    score = Math.max(0, Math.round(score));
    const blocking = findings.some((f) => f.severity !== "info" && f.ruleId !== "promotion/promotional-sentence");
    return {
      score,
      passed: !blocking && score >= 60,
      findings: findings.length,
      promotional: a.promotional,
      promoShare: Math.round(a.promoShare * 100) / 100,
      signals: a.counts,
      windowShare: c.windowShare === null ? null : Math.round(c.windowShare * 100) / 100,
      window: ctx.config.selfPromotion.window,
      repeats: c.repeats.map((r) => ({ id: r.entry.id, date: r.entry.date, similarity: r.similarity })),
    };
  },
};
