import type { Rule } from "../../rule.js";

// Two or more of ! and ? in a row: "!!!", "??", "?!", "!?".
const RUN = /[!?]{2,}/g;

export const rule: Rule = {
  id: "writing/exclamation",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Runs of exclamation or question marks (\"!!!\", \"??\", \"?!\").",
  explanation: "One exclamation mark is emphasis; several in a row (or \"??\", \"?!\") are shouting, and spam filters notice them. Keep one sign.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      RUN.lastIndex = 0;
      for (let m = RUN.exec(b.text); m !== null; m = RUN.exec(b.text)) {
        const range = b.toSource(m.index, m.index + m[0].length);
        ctx.report({
          range,
          message: ctx.t({ fr: `Ponctuation en série : « ${m[0]} ».`, en: `Punctuation in a row: "${m[0]}".` }),
          suggestions: [m[0].includes("?") ? "?" : "!"],
          fix: { range, text: m[0].includes("?") ? "?" : "!" },
        });
      }
    }
  },
};
