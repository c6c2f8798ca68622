import type { Rule } from "../../rule.js";
import { crossPost } from "./cross-post.js";

export const rule: Rule = {
  id: "promotion/repeated-post",
  group: "selfPromotion",
  lang: "any",
  severity: "warning",
  summary: "The post repeats a recent post (identical or near-identical text).",
  explanation:
    "Sending the same message again and again is what makes an account spam. A post is a repeat when its word 3-shingles overlap a recent post's by 50 % or more (estimated Jaccard similarity from MinHash signatures), which catches reworded copies, not only identical ones. Say something new, or link to the earlier post.",
  enabled: (ctx) => ctx.history.length > 0,
  check(doc, ctx) {
    const c = crossPost(doc, ctx);
    if (c.repeats.length === 0) return;
    const best = c.repeats.reduce((a, b) => (b.similarity > a.similarity ? b : a));
    const first = doc.blocks[0];
    const last = doc.blocks[doc.blocks.length - 1];
    if (!first || !last) return;
    const pct = Math.round(best.similarity * 100);
    const day = best.entry.date.slice(0, 10);
    const quote = best.entry.excerpt ? ` « ${best.entry.excerpt.slice(0, 60)} »` : "";
    ctx.report({
      range: [first.range[0], first.range[1]],
      message: ctx.t({
        fr: `Reprend à ${pct} % la publication « ${best.entry.id} » du ${day}${quote}.`,
        en: `Repeats ${pct}% of the post "${best.entry.id}" of ${day}${quote.replace(/[«»]/g, '"')}.`,
      }),
    });
  },
};
