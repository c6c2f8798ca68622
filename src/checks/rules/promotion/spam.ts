import type { Rule } from "../../rule.js";
import { analyzePromotion } from "./analysis.js";

export const rule: Rule = {
  id: "promotion/spam",
  group: "selfPromotion",
  lang: "any",
  severity: "warning",
  summary: "Wording typical of spam: unlimited clicks, banner impressions, bought followers, guaranteed traffic.",
  explanation:
    "Some phrases belong to spam pitches rather than to content: « clics illimités », \"banner impressions\", \"buy followers\", \"guaranteed first page\". In a comment section they usually mean a spam comment advertising a third party; in your own post they make it read like one.",
  check(doc, ctx) {
    for (const s of analyzePromotion(doc, ctx).sentences) {
      for (const h of s.hits) {
        if (h.signal !== "spam") continue;
        ctx.report({ range: h.range, message: ctx.t({ fr: `Vocabulaire de spam : « ${h.text} ».`, en: `Spam wording: "${h.text}".` }) });
      }
    }
  },
};
