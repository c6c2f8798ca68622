import type { Rule } from "../../rule.js";
import { analyzePromotion } from "./analysis.js";

export const rule: Rule = {
  id: "promotion/engagement-bait",
  group: "selfPromotion",
  lang: "any",
  severity: "warning",
  summary: "Asks for likes, shares, tags or comments in exchange for nothing (engagement bait).",
  explanation:
    "\"Like and share\", \"tag a friend\", « likez et partagez » ask for interactions instead of earning them. Facebook, Instagram and LinkedIn demote posts that do this, and the people it attracts are not an audience. Ask a real question instead.",
  check(doc, ctx) {
    for (const s of analyzePromotion(doc, ctx).sentences) {
      for (const h of s.hits) {
        if (h.signal !== "engagementBait") continue;
        ctx.report({
          range: h.range,
          message: ctx.t({ fr: `Appât à interactions : « ${h.text} ».`, en: `Engagement bait: "${h.text}".` }),
          suggestions: [ctx.t({ fr: "posez une vraie question à votre public", en: "ask your audience a real question" })],
        });
      }
    }
  },
};
