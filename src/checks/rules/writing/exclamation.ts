import type { Rule } from "../../rule.js";

const RUN = /[!?]*![!?]+|![!?]*!/g;

export const rule: Rule = {
  id: "writing/exclamation",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Runs of exclamation marks (\"!!!\", \"?!!\").",
  explanation: "One exclamation mark is emphasis; several in a row are shouting, and spam filters notice them. Keep one, or none.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      RUN.lastIndex = 0;
      for (let m = RUN.exec(b.text); m !== null; m = RUN.exec(b.text)) {
        const range = b.toSource(m.index, m.index + m[0].length);
        ctx.report({
          range,
          message: ctx.t({ fr: `Points d'exclamation en série : « ${m[0]} ».`, en: `Exclamation marks in a row: "${m[0]}".` }),
          suggestions: ["!"],
          fix: { range, text: m[0].includes("?") ? "?" : "!" },
        });
      }
    }
  },
};
