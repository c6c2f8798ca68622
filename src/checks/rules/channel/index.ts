import type { Family } from "../../rule.js";
import type { ChannelResult } from "../../report-types.js";

export const channel: Family<ChannelResult> = {
  name: "channel",
  rules: [],
  result: (doc, ctx, findings) => ({
    score: 100,
    passed: true,
    findings: findings.length,
    channel: ctx.channel,
    length: doc.source.length,
    limit: null,
    links: doc.links.length,
    hashtags: doc.words.filter((w) => w.kind === "hashtag").length,
  }),
};
