import type { Rule } from "../../rule.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

/** « 3ème », « XIXème », « 1ière », « 2nd », « 2 è »: the ordinal suffixes French typography does not use. */
const ORDINAL = /(\d+|[IVXLC]{2,}|[IVX])(\s?)(ièmes?|iemes?|èmes?|emes?|è|iers?|ières?|ieres?|nde?s?)(?![\p{L}\p{N}])/gu;
const WORD_PART = /[\p{L}\p{N}'’-]/u;

function right(num: string, suffix: string): string[] {
  const s = suffix.toLowerCase();
  const plural = s.endsWith("s") && s !== "ès" ? "s" : "";
  if (s.startsWith("nd")) return [`${num}${s.slice(1)}`];
  if (s.startsWith("ier")) return [`${num}er${plural}`];
  if (s.startsWith("ière") || s.startsWith("iere")) return [`${num}re${plural}`];
  if (num === "1" || num === "I") return [`${num}er${plural}`, `${num}re${plural}`];
  return [`${num}e${plural}`];
}

export const rule: Rule = {
  id: "typography/fr-ordinals",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Abréviation des ordinaux : « 3e », « XIXe », « 1re », « 2d », et non « 3ème », « XIXème », « 1ière », « 2nd ».",
  explanation:
    "French abbreviates ordinals with the last letters of the word only: « 1er », « 1re », « 2e », « 2d », « 2de », « XIXe » (ideally in superscript). « ème », « ième », « è », « ier », « ière » and the English « nd » after a number are reported, glued or after a space (« 3 ème »). After an Arabic number or a Roman numeral of two letters or more (one letter only for I, V, X, and not before « nd »: « Inde »), so that words are left alone. The fix writes the short form, except after 1 where « 1er » and « 1re » are both possible.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      forEachMatchAfterBoundary(ORDINAL, b.text, WORD_PART, (m) => {
        const num = m[1] as string;
        const suffix = m[3] as string;
        const roman = !/\d/u.test(num);
        // A Roman numeral before « ier », « ière » or a spaced suffix could be a word (« Lier », « Il è »).
        if (roman && (/^i[eè]r/iu.test(suffix) || (m[2] !== "" && !/^i?[eè]me/iu.test(suffix)))) return;
        // « Inde », « Indes »: one letter and « nd » is a word.
        if (roman && num.length === 1 && /^nd/iu.test(suffix)) return;
        const fixes = right(num, suffix);
        const range = b.toSource(m.index, m.index + m[0].length);
        ctx.report({
          range,
          message: `« ${m[0]} » → « ${fixes.join(" » ou « ")} » (abréviation de l’ordinal).`,
          suggestions: fixes,
          ...(fixes.length === 1 ? { fix: { range, text: fixes[0] as string } } : {}),
        });
      });
    }
  },
};
