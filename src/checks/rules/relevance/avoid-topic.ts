import type { Rule } from "../../rule.js";
import { analyzeRelevance } from "./analysis.js";

export const rule: Rule = {
  id: "relevance/avoid-topic",
  group: "relevance",
  lang: "any",
  severity: "warning",
  summary: "The post mentions a topic listed under `audience.avoid` (one that attracts the wrong crowd).",
  explanation:
    "Some topics bring in an audience that will never buy or read again (giveaway hunters, crypto speculators, a trending hashtag unrelated to your field). Drawing a large irrelevant crowd is not what a marketer should aim for. List them under `audience.avoid`; every mention is reported.",
  enabled: (ctx) => ctx.lang !== "und" && (ctx.config.audience?.avoid.length ?? 0) > 0,
  check(doc, ctx) {
    for (const m of analyzeRelevance(doc, ctx).avoided) {
      for (const range of m.ranges) {
        ctx.report({
          range,
          message: ctx.t({ fr: `Sujet à éviter pour votre public : « ${m.phrase} ».`, en: `Topic to avoid for your audience: "${m.phrase}".` }),
        });
      }
    }
  },
};
