import type { Rule } from "../../rule.js";

/**
 * Defects left by tools, not by writers: machine translation's "XNUMX"
 * placeholders (it replaces digits it cannot keep), UTF-8 read as Latin-1
 * ("Ã©" for "é", "â€™" for "’"), and U+FFFD replacement characters.
 */
const ARTIFACT = /XNUMX|Ã[\u0080-\u00BF]|â€[™œ\u009D˜”“¦¢]|\uFFFD/gu;

export const rule: Rule = {
  id: "writing/artifact",
  group: "writing",
  lang: "any",
  severity: "error",
  summary: "Text broken by a tool: \"XNUMX\" from machine translation, mojibake (\"Ã©\"), replacement characters.",
  explanation:
    "Machine translation replaces numbers it cannot carry with \"XNUMX\" (\"7,000,000 XNUMX XNUMX\"), and a file saved in one encoding and read in another shows \"Ã©\" for « é ». Either one tells the reader nobody proofread the post. Restore the original text.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      ARTIFACT.lastIndex = 0;
      for (let m = ARTIFACT.exec(b.text); m !== null; m = ARTIFACT.exec(b.text)) {
        const kind = m[0].includes("NUM")
          ? ctx.t({ fr: "reste de traduction automatique", en: "machine-translation leftover" })
          : m[0] === "\uFFFD"
            ? ctx.t({ fr: "caractère illisible", en: "unreadable character" })
            : ctx.t({ fr: "encodage cassé", en: "broken encoding" });
        ctx.report({
          range: b.toSource(m.index, m.index + m[0].length),
          message: ctx.t({ fr: `Texte abîmé (${kind}) : « ${m[0]} ».`, en: `Broken text (${kind}): "${m[0]}".` }),
        });
      }
    }
  },
};
