import type { Rule } from "../../rule.js";
import { analyzePromotion } from "./analysis.js";

export const rule: Rule = {
  id: "promotion/hashtag-stuffing",
  group: "selfPromotion",
  lang: "any",
  severity: "warning",
  summary: "A run of hashtags or emoji that looks like spam.",
  explanation:
    "More than three hashtags in one sentence, or four emoji or more in one sentence, reads as stuffing: the platforms treat it as spam and readers skip it. Keep one to three precise hashtags and let the words carry the message.",
  check(doc, ctx) {
    for (const s of analyzePromotion(doc, ctx).sentences) {
      for (const h of s.hits) {
        if (h.signal === "hashtags") {
          ctx.report({ range: h.range, message: ctx.t({ fr: `Trop de hashtags d'affilée (${h.text}) : gardez-en trois au plus.`, en: `Too many hashtags in a row (${h.text}): keep three at most.` }) });
        } else if (h.signal === "emoji") {
          ctx.report({ range: s.sentence.range, message: ctx.t({ fr: "Trop d'émojis dans une même phrase.", en: "Too many emoji in one sentence." }) });
        }
      }
    }
  },
};
