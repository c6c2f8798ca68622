import type { Rule } from "../../rule.js";

export const rule: Rule = {
  id: "relevance/no-audience",
  group: "relevance",
  lang: "any",
  severity: "info",
  summary: "No audience is declared, so relevance was not checked.",
  explanation:
    "Relevance is measured against the audience you declare: `audience.topics` (and optionally `questions` and `avoid`) in `.postlint.yml`, the Worker's account config, or the post's front matter. Without it the relevance section is skipped (score null).",
  enabled: (ctx) => !ctx.config.audience || ctx.config.audience.topics.length + ctx.config.audience.questions.length === 0,
  check(doc, ctx) {
    if (doc.words.length === 0) return;
    ctx.report({
      range: [0, 0],
      message: ctx.t({
        fr: "Aucun public déclaré (audience.topics) : la pertinence n'a pas été vérifiée.",
        en: "No audience declared (audience.topics): relevance was not checked.",
      }),
    });
  },
};
