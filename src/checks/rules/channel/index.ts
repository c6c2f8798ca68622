import type { Family } from "../../rule.js";
import type { ChannelResult } from "../../report-types.js";
import { limitsOf, measure } from "./measure.js";
import { rule as tooLong } from "./too-long.js";
import { rule as tooManyLinks } from "./too-many-links.js";
import { rule as tooManyHashtags } from "./too-many-hashtags.js";

/** Score: 0 when the post cannot be published as is (too long), −30 per spam-like count. */
export const channel: Family<ChannelResult> = {
  name: "channel",
  rules: [tooLong, tooManyLinks, tooManyHashtags],
  result(doc, ctx, findings) {
    const m = measure(doc, ctx);
    const limit = limitsOf(ctx.channel).maxLength;
    let score = 100;
    if (findings.some((f) => f.ruleId === "channel/too-long" && f.severity !== "info")) score = 0;
    score -= 30 * findings.filter((f) => f.ruleId !== "channel/too-long" && f.severity !== "info").length;
    score = Math.max(0, score);
    return { score, passed: score >= 70, findings: findings.length, channel: ctx.channel, length: m.length, limit, links: m.links, hashtags: m.hashtags.length };
  },
};
