import type { Rule } from "../../rule.js";
import { writingOf } from "./lexicons.js";

export const rule: Rule = {
  id: "writing/long-paragraph",
  group: "writing",
  lang: "any",
  severity: "info",
  summary: "A paragraph longer than 150 words (English) or 170 (French).",
  explanation: "Walls of text are skipped on screens. Keep paragraphs to one idea; past the threshold, break the paragraph where the idea turns.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const max = writingOf(ctx.lang === "fr" ? "fr" : "en").thresholds.longParagraph;
    for (const b of doc.blocks) {
      if (b.kind !== "paragraph" && b.kind !== "line") continue;
      const n = b.words.length;
      if (n <= max) continue;
      ctx.report({
        range: [b.range[0], b.range[0] + Math.min(b.text.length, 1)],
        message: ctx.t({ fr: `Paragraphe trop long : ${n} mots (${max} au plus).`, en: `Long paragraph: ${n} words (at most ${max}).` }),
      });
    }
  },
};
