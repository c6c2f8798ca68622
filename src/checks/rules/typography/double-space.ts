import type { Rule } from "../../rule.js";

const RUN = /(?<=\S) {2,}(?=\S)/g;

export const rule: Rule = {
  id: "typography/double-space",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Two or more spaces between words.",
  explanation: "Several spaces in a row are a typing leftover; in HTML and most editors they collapse anyway, in social posts they show. The fix keeps one.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      RUN.lastIndex = 0;
      for (let m = RUN.exec(b.text); m !== null; m = RUN.exec(b.text)) {
        const range = b.toSource(m.index, m.index + m[0].length);
        // Only when the spaces are really in the source (HTML white space is collapsed by the reader).
        if (doc.source.slice(range[0], range[1]) !== m[0]) continue;
        ctx.report({ range, message: ctx.t({ fr: "Espaces multiples.", en: "Multiple spaces." }), fix: { range, text: " " } });
      }
    }
  },
};
