import type { Rule } from "../../rule.js";
import { analyzePromotion } from "./analysis.js";
import { crossPost } from "./cross-post.js";

export const rule: Rule = {
  id: "promotion/frequency",
  group: "selfPromotion",
  lang: "any",
  severity: "warning",
  summary: "This promotional post pushes the account's share of promotional posts over `selfPromotion.maxShare`.",
  explanation:
    "Across an account's recent posts (the last `selfPromotion.window`, this one included), the share of promotional posts should stay at or under `selfPromotion.maxShare` (default 20 %, the 80/20 rule). The CLI takes the history from the other files of the run (by front matter date), the Action from the repository's other posts, the Worker from the account's recorded posts. Publish something useful before the next offer.",
  enabled: (ctx) => ctx.history.length > 0,
  check(doc, ctx) {
    const c = crossPost(doc, ctx);
    if (!c.exceeded || c.windowShare === null) return;
    const a = analyzePromotion(doc, ctx);
    const at = a.sentences.find((s) => s.promotional)?.sentence.range ?? doc.sentences[0]?.range ?? [0, 0];
    const pct = Math.round(c.windowShare * 100);
    const max = Math.round(ctx.config.selfPromotion.maxShare * 100);
    ctx.report({
      range: at,
      message: ctx.t({
        fr: `Trop de promotion : avec celle-ci, ${c.promotionalInWindow} publication(s) sur les ${c.windowPosts} dernières sont promotionnelles (${pct} % > ${max} %).`,
        en: `Too much promotion: with this one, ${c.promotionalInWindow} of the last ${c.windowPosts} posts are promotional (${pct}% > ${max}%).`,
      }),
    });
  },
};
