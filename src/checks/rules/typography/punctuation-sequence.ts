import type { Rule } from "../../rule.js";

/**
 * Two punctuation marks that never follow each other: « ;; », « ,, », « ,. »,
 * « :. », « ?. », « !, ». Left alone: « ... », « ?! », « !! » (the
 * exclamation rule's business), « ., » after an abbreviation (« etc., »), and
 * a comma after « … », « ? », « ! » (« Oui…, oui », « Ah !, fit-il »).
 */
const SEQUENCE = /[,;:][,;:.]+|[?!][.;:]+(?![.\p{L}\p{N}])/gu;

export const rule: Rule = {
  id: "typography/punctuation-sequence",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Punctuation marks in a row that do not go together: « ;; », « ,. », « :. », « ?. ».",
  explanation:
    "A comma, semicolon or colon is never followed by another mark, and a question mark, exclamation mark or ellipsis already ends the sentence: the second mark is a typing slip. « ... », « ?! », « !! » and « etc., » are left to the other rules.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      const t = b.text;
      SEQUENCE.lastIndex = 0;
      for (let m = SEQUENCE.exec(t); m !== null; m = SEQUENCE.exec(t)) {
        // « ::before », « 12:30 », « a:b » and the like are not prose punctuation.
        if (m[0] === "::" || /[\p{L}\p{N}]/u.test(t[m.index + m[0].length] ?? "") && m[0].startsWith(":")) continue;
        const range = b.toSource(m.index, m.index + m[0].length);
        const keep = m[0][0] as string;
        ctx.report({
          range,
          message: ctx.t({ fr: `Ponctuation en double : « ${m[0]} ».`, en: `Doubled punctuation: "${m[0]}".` }),
          suggestions: [keep],
        });
      }
    }
  },
};
