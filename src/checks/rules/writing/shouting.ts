import type { Rule } from "../../rule.js";
import { shoutingRuns } from "../promotion/analysis.js";

export const rule: Rule = {
  id: "writing/shouting",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Words in capitals that shout (\"PUSH, BIG, NOW, SALE\"), acronyms excepted.",
  explanation:
    "Capitals read as shouting and as spam. Runs of two or more words in capitals, or one capitalised word of six letters or more, are reported; acronyms (SEO, ROI, PME…) listed in `lang/<lang>/acronyms.yml` are not. Use bold or a stronger word instead.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      if (s.block.kind === "heading" && s.words.every((w) => w.text === w.text.toUpperCase())) continue;
      for (const run of shoutingRuns(s, ctx)) {
        const text = s.block.text.slice(run.start, run.end);
        ctx.report({
          range: s.block.toSource(run.start, run.end),
          message: ctx.t({ fr: `Majuscules criardes : « ${text} ».`, en: `Shouting in capitals: "${text}".` }),
          suggestions: [text.toLowerCase()],
        });
      }
    }
  },
};
