import type { Rule } from "../../rule.js";
import { limitsOf, measure } from "./measure.js";

export const rule: Rule = {
  id: "channel/too-many-links",
  group: "channel",
  lang: "any",
  severity: "warning",
  summary: "More links than the channel handles well (Threads allows 5; more than 2–3 elsewhere looks like spam).",
  explanation:
    "Threads refuses more than five links in a post; on X, Bluesky, LinkedIn and Facebook several links in one short post read as spam and are shown to fewer people. Keep one link, the one that matters.",
  enabled: (ctx) => limitsOf(ctx.channel).maxLinks !== null,
  check(doc, ctx) {
    const max = limitsOf(ctx.channel).maxLinks;
    const m = measure(doc, ctx);
    if (max === null || m.links <= max) return;
    const extra = doc.links[max];
    if (!extra) return;
    ctx.report({
      range: extra.range,
      message: ctx.t({ fr: `${m.links} liens pour ${ctx.channel} : ${max} au plus.`, en: `${m.links} links for ${ctx.channel}: keep ${max} at most.` }),
    });
  },
};
