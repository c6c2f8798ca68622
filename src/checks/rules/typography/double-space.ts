import type { Rule } from "../../rule.js";

// No lookbehind: the engine skips ahead to the next double space; the neighbours are checked by hand.
const RUN = / {2,}/g;
const NON_SPACE = /\S/;

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
        if (!NON_SPACE.test(b.text[m.index - 1] ?? " ") || !NON_SPACE.test(b.text[m.index + m[0].length] ?? " ")) continue;
        const range = b.toSource(m.index, m.index + m[0].length);
        // Only when the spaces are really in the source (HTML white space is collapsed by the reader).
        if (doc.source.slice(range[0], range[1]) !== m[0]) continue;
        ctx.report({ range, message: ctx.t({ fr: "Espaces multiples.", en: "Multiple spaces." }), fix: { range, text: " " } });
      }
    }
  },
};
