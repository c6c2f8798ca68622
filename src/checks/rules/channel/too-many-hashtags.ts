import type { Rule } from "../../rule.js";
import { limitsOf, measure } from "./measure.js";

export const rule: Rule = {
  id: "channel/too-many-hashtags",
  group: "channel",
  lang: "any",
  severity: "warning",
  summary: "More hashtags than the channel rewards (Instagram recommends at most 5, X 1–2).",
  explanation:
    "Instagram now recommends three to five hashtags; X, Threads and Facebook show posts with many hashtags to fewer people; on a blog, hashtags are noise. The finding points at the first hashtag over the channel's number.",
  enabled: (ctx) => limitsOf(ctx.channel).maxHashtags !== null,
  check(doc, ctx) {
    const max = limitsOf(ctx.channel).maxHashtags;
    const { hashtags } = measure(doc, ctx);
    if (max === null || hashtags.length <= max) return;
    const first = hashtags[max];
    const last = hashtags[hashtags.length - 1];
    if (!first || !last) return;
    ctx.report({
      range: [first[0], last[1]],
      message: ctx.t({
        fr: `${hashtags.length} hashtags pour ${ctx.channel} : ${max} au plus.`,
        en: `${hashtags.length} hashtags for ${ctx.channel}: keep ${max} at most.`,
      }),
    });
  },
};
