import type { Rule } from "../../rule.js";
import { analyzePromotion, SIGNAL_LABEL, type Signal } from "./analysis.js";

export const rule: Rule = {
  id: "promotion/promotional-sentence",
  group: "selfPromotion",
  lang: "any",
  severity: "info",
  summary: "A sentence that sells (offer, price, promo code, contest, call to buy…).",
  explanation:
    "Shows which sentences carry promotional signals and which ones, so that the author sees where the post turns into an advertisement. One promotional sentence in a useful post is fine; the post-level rule `promotion/promotional-post` decides when there are too many.",
  check(doc, ctx) {
    for (const s of analyzePromotion(doc, ctx).sentences) {
      if (!s.promotional) continue;
      // Each signal once, in order of appearance (a loop: no closure per sentence).
      const labels: string[] = [];
      const seen = new Set<Signal>();
      for (const h of s.hits) {
        if (seen.has(h.signal)) continue;
        seen.add(h.signal);
        labels.push(ctx.t(SIGNAL_LABEL[h.signal]));
      }
      ctx.report({
        range: s.sentence.range,
        message: ctx.t({ fr: `Phrase promotionnelle (${labels.join(", ")}).`, en: `Promotional sentence (${labels.join(", ")}).` }),
      });
    }
  },
};
