import type { Rule } from "../../rule.js";

/**
 * Defects left by tools, not by writers: machine translation's "XNUMX"
 * placeholders (it replaces digits it cannot keep), UTF-8 read as Latin-1
 * ("Ã©" for "é", "â€™" for "’"), U+FFFD replacement characters, and text
 * recognition (OCR) reading a letter O in a number (« 2O11 ») or « le » as « 1e ».
 */
const ARTIFACT = /XNUMX|Ã[\u0080-\u00BF]|â€[™œ\u009D˜”“¦¢]|\uFFFD|(?<![\p{L}\p{N}])\d+O\d*(?![\p{L}\p{N}])/gu;
/** French only: « 1e », « 1a », « 1es » before a word are « le », « la », « les » (« Figure 1a shows » is English). */
const OCR_ARTICLE = /(?<![\p{L}\p{N}])1(e|a|es)(?=[\s\u00A0…]+\p{Ll})/gu;

export const rule: Rule = {
  id: "writing/artifact",
  group: "writing",
  lang: "any",
  severity: "error",
  summary: "Text broken by a tool: \"XNUMX\" from machine translation, mojibake (\"Ã©\"), replacement characters.",
  explanation:
    "Machine translation replaces numbers it cannot carry with \"XNUMX\" (\"7,000,000 XNUMX XNUMX\"), a file saved in one encoding and read in another shows \"Ã©\" for « é », and text recognition reads « 2011 » as « 2O11 » or « le » as « 1e ». Either one tells the reader nobody proofread the post. Restore the original text.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      ARTIFACT.lastIndex = 0;
      for (let m = ARTIFACT.exec(b.text); m !== null; m = ARTIFACT.exec(b.text)) {
        const kind = m[0].includes("NUM")
          ? ctx.t({ fr: "reste de traduction automatique", en: "machine-translation leftover" })
          : m[0] === "\uFFFD"
            ? ctx.t({ fr: "caractère illisible", en: "unreadable character" })
            : /\d/u.test(m[0])
              ? ctx.t({ fr: "lettre O dans un nombre", en: "letter O in a number" })
              : ctx.t({ fr: "encodage cassé", en: "broken encoding" });
        ctx.report({
          range: b.toSource(m.index, m.index + m[0].length),
          message: ctx.t({ fr: `Texte abîmé (${kind}) : « ${m[0]} ».`, en: `Broken text (${kind}): "${m[0]}".` }),
        });
      }
      if (doc.lang !== "fr" || !b.text.includes("1")) continue;
      OCR_ARTICLE.lastIndex = 0;
      for (let m = OCR_ARTICLE.exec(b.text); m !== null; m = OCR_ARTICLE.exec(b.text)) {
        const right = `l${m[1]}`;
        const range = b.toSource(m.index, m.index + m[0].length);
        ctx.report({ range, message: `Texte abîmé (chiffre 1 lu pour la lettre l) : « ${m[0]} » → « ${right} ».`, suggestions: [right], fix: { range, text: right } });
      }
    }
  },
};
