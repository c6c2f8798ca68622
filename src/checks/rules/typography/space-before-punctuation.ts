import type { Rule } from "../../rule.js";

const NARROW = "\u202F";
const NBSP = "\u00A0";
const WRONG_KIND = /([\p{L}\p{N})\]»"'’…]) ([:;!?»])|(«) (?=[\p{L}\p{N}])/gu;

const SIGN = /[:;!?»«]/g;
const BEFORE_SIGN = /[\p{L}\p{N})\]»"'’…]/u;
const RUN_SIGN = /[:;!?»]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A double punctuation mark glued to the previous word or closing sign, or a guillemet without its
 * inner space: the matches of /([\p{L}\p{N})\]»"'’…])([:;!?»]+)|(«)(?=[\p{L}\p{N}])/gu, in order,
 * found from the signs themselves (that pattern, starting with a letter class, was tried at every letter).
 */
function missing(text: string): Array<{ index: number; 1?: string; 2?: string; 3?: string }> {
  const out: Array<{ index: number; 1?: string; 2?: string; 3?: string }> = [];
  let pos = 0;
  SIGN.lastIndex = 0;
  for (let m = SIGN.exec(text); m !== null; m = SIGN.exec(text)) {
    const q = m.index;
    const c = text[q] as string;
    if (c !== "«" && q - 1 >= pos && BEFORE_SIGN.test(text[q - 1] as string)) {
      let end = q + 1;
      while (end < text.length && RUN_SIGN.test(text[end] as string)) end++;
      out.push({ index: q - 1, 1: text[q - 1] as string, 2: text.slice(q, end) });
      pos = end;
      SIGN.lastIndex = end;
      continue;
    }
    if (c === "«" && q >= pos && LETTER_OR_DIGIT.test(text[q + 1] ?? "")) {
      out.push({ index: q, 3: "«" });
      pos = q + 1;
    }
  }
  return out;
}

export const rule: Rule = {
  id: "typography/space-before-punctuation",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "French typography: a space before « : ; ! ? », and inside « guillemets ».",
  explanation:
    "French sets a space before the double punctuation marks : ; ! ? and inside « », ideally a narrow no-break space (U+202F) so that the sign never starts a line. The field disagrees on which space to use (Imprimerie nationale: thin before ; ! ?, word space before :), so `typography.frenchSpace` decides: `any` (default) only reports a missing space; `narrow-nbsp` or `nbsp` also reports a plain space. Times (10:30), ratios and URLs are left alone. The fix inserts the configured space (narrow no-break for `any`).",
  check(doc, ctx) {
    const mode = ctx.config.typography.frenchSpace;
    const space = mode === "nbsp" ? NBSP : NARROW;
    for (const b of doc.blocks) {
      const text = b.text;
      for (const m of missing(text)) {
        if (m[3]) {
          const at = m.index + 1;
          ctx.report({
            range: b.toSource(m.index, at),
            message: "Espace manquante après le guillemet ouvrant « « ».",
            fix: { range: b.toSource(at, at), text: space },
            suggestions: [`«${space}`],
          });
          continue;
        }
        const before = m[1] as string;
        const sign = m[2] as string;
        const at = m.index + before.length;
        const next = text[at + sign.length] ?? "";
        // 10:30, 1:2, "http:", ":)" and "?!" after a space are not punctuation to space.
        if (sign[0] === ":" && (/\p{N}/u.test(before) && /\p{N}/u.test(next))) continue;
        if (sign[0] === ":" && /[)(/\p{L}\p{N}]/u.test(next)) continue;
        if ((sign[0] === "!" || sign[0] === "?") && /[\p{L}\p{N}]/u.test(next)) continue;
        ctx.report({
          range: b.toSource(at, at + sign.length),
          message: `Espace manquante avant « ${sign} ».`,
          fix: { range: b.toSource(at, at), text: space },
          suggestions: [`${space}${sign}`],
        });
      }
      if (mode === "any") continue;
      WRONG_KIND.lastIndex = 0;
      for (let m = WRONG_KIND.exec(text); m !== null; m = WRONG_KIND.exec(text)) {
        const at = m[3] ? m.index + 1 : m.index + (m[1] as string).length;
        ctx.report({
          range: b.toSource(at, at + 1),
          severity: "info",
          message: mode === "nbsp" ? "Espace insécable attendue ici (U+00A0)." : "Espace fine insécable attendue ici (U+202F).",
          fix: { range: b.toSource(at, at + 1), text: space },
        });
      }
    }
  },
};
