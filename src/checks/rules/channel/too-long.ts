import type { Rule } from "../../rule.js";
import { limitsOf, measure } from "./measure.js";

export const rule: Rule = {
  id: "channel/too-long",
  group: "channel",
  lang: "any",
  severity: "error",
  summary: "The post is longer than the channel allows.",
  explanation:
    "Each network cuts or refuses posts over its limit: X 280 weighted characters (every URL counts as 23, emoji and CJK as 2), Bluesky 300 graphemes, Threads and Mastodon 500 characters, Instagram 2,200, LinkedIn 3,000, Facebook 63,206. The finding starts where the text goes over the limit. Set the channel with `channel:` in the config or front matter, or `--channel`.",
  enabled: (ctx) => limitsOf(ctx.channel).maxLength !== null,
  check(doc, ctx) {
    const m = measure(doc, ctx);
    const max = limitsOf(ctx.channel).maxLength;
    if (max === null || m.length <= max || m.overflowAt === null) return;
    const end = doc.source.trimEnd().length;
    ctx.report({
      range: [m.overflowAt, Math.max(m.overflowAt, end)],
      message: ctx.t({
        fr: `Trop long pour ${ctx.channel} : ${m.length} caractères pour ${max} au plus (${m.length - max} de trop).`,
        en: `Too long for ${ctx.channel}: ${m.length} characters, the limit is ${max} (${m.length - max} over).`,
      }),
    });
  },
};
