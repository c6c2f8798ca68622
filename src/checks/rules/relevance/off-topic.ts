import type { Rule } from "../../rule.js";
import { analyzeRelevance } from "./analysis.js";

export const rule: Rule = {
  id: "relevance/off-topic",
  group: "relevance",
  lang: "any",
  severity: "warning",
  summary: "The post does not serve the declared audience: its topics and questions barely appear.",
  explanation:
    "Know who you write for: a post must serve the topics and questions of the audience declared in `audience` (config or front matter), not attract an irrelevant crowd. Topics and questions are matched on word stems, as phrases (their words close together), each word weighted by how specific it is within your list; reader focus (you/vous against we/nous) and `avoid` topics adjust the score. Below `thresholds.relevance` the post is off-topic: bring it back to a question your audience asks.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const a = analyzeRelevance(doc, ctx);
    if (!a.hasAudience || a.score === null || a.score >= ctx.config.thresholds.relevance) return;
    if (a.contentWords < 5) return;
    const missing = [...a.topics, ...a.questions].filter((m) => m.strength < 1).map((m) => m.phrase).slice(0, 4);
    const first = doc.blocks[0];
    if (!first) return;
    ctx.report({
      range: [first.range[0], first.range[0]],
      message: ctx.t({
        fr: `Hors sujet pour votre public (pertinence ${a.score}/100 < ${ctx.config.thresholds.relevance}) : ${missing.length > 0 ? `« ${missing.join(" », « ")} » n'apparaissent pas` : "peu de ses sujets apparaissent"}.`,
        en: `Off-topic for your audience (relevance ${a.score}/100 < ${ctx.config.thresholds.relevance}): ${missing.length > 0 ? `"${missing.join('", "')}" do not appear` : "few of its topics appear"}.`,
      }),
      suggestions: missing,
    });
  },
};
