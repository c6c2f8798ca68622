import type { Rule } from "../../rule.js";

// Starts with the space, not a lookbehind, so that the engine can skip to the next space.
// A comma may touch the next word (« Merde ,ça »); a period only a capital starting a word (« Merde .Ça »), not « .NET », « .com ».
const SPACE_BEFORE = /[ \u00A0\u202F]+(?=,(?![.\p{N}])|\.(?![.\p{N}\p{L}])|\.\p{Lu}\p{Ll})/gu;
const AFTER_WORD = /[\p{L}\p{N}]/u;

export const rule: Rule = {
  id: "typography/space-before-comma",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "A space before a comma or a period.",
  explanation: "In French and in English, no space goes before a comma or a period. The fix removes it.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      SPACE_BEFORE.lastIndex = 0;
      for (let m = SPACE_BEFORE.exec(b.text); m !== null; m = SPACE_BEFORE.exec(b.text)) {
        if (!AFTER_WORD.test(b.text[m.index - 1] ?? "")) continue;
        const sign = b.text[m.index + m[0].length] as string;
        const range = b.toSource(m.index, m.index + m[0].length);
        ctx.report({
          range,
          message: ctx.t({ fr: `Pas d'espace avant « ${sign} ».`, en: `No space before "${sign}".` }),
          fix: { range, text: "" },
        });
      }
    }
  },
};
