import type { Family } from "../../rule.js";
import type { SelfPromotionResult } from "../../report-types.js";

export const selfPromotion: Family<SelfPromotionResult> = {
  name: "selfPromotion",
  rules: [],
  result: (_doc, ctx, findings) => ({
    score: 100,
    passed: true,
    findings: findings.length,
    promotional: false,
    promoShare: 0,
    signals: {},
    windowShare: null,
    window: ctx.config.selfPromotion.window,
    repeats: [],
  }),
};
