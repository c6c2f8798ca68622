import type { Rule } from "../../rule.js";
import { writingData } from "./lexicons.js";
import type { Word } from "../../document/model.js";

const ALLOWED = { en: new Set(writingData.en.repeatAllowed), fr: new Set(writingData.fr.repeatAllowed) };

export const rule: Rule = {
  id: "writing/repeated-word",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "The same word twice in a row (\"the the\", « les les »).",
  explanation:
    "A doubled word is almost always a typo left by editing. Words that may legitimately repeat (« nous nous », « vous vous », \"had had\") are allowed by the language data. The fix removes the second word.",
  check(doc, ctx) {
    const allowed = ctx.lang === "fr" ? ALLOWED.fr : ctx.lang === "en" ? ALLOWED.en : new Set([...ALLOWED.fr, ...ALLOWED.en]);
    for (const s of doc.sentences) {
      const ws = s.words;
      const text = s.block.text;
      const spaced = (a: Word, b: Word): boolean => /^[\s\u00A0\u202F]+$/.test(text.slice(a.end, b.start));
      const keys = comparable(ws);
      const same = (i: number, j: number): boolean => j < keys.length && keys[i] !== null && keys[i] === keys[j];
      let skipUntil = -1;
      for (let i = 1; i < ws.length; i++) {
        if (i <= skipUntil) continue;
        const a = ws[i - 1] as Word;
        const b = ws[i] as Word;
        if (!same(i - 1, i) || !spaced(a, b) || a.text === "XNUMX") continue;
        // Allowed doubles (« nous nous », "had had") are still wrong three times in a row.
        const third = ws[i + 1];
        if (allowed.has(a.lower) && !(third && same(i, i + 1) && spaced(b, third))) continue;
        ctx.report({
          range: [a.range[0], b.range[1]],
          message: ctx.t({ fr: `Mot répété : « ${a.text} ${b.text} ».`, en: `Repeated word: "${a.text} ${b.text}".` }),
          suggestions: [a.text],
          fix: { range: [a.range[1], b.range[1]], text: "" },
        });
        skipUntil = i + 1;
      }
      // Repeated groups of two to four words: "is an echo is an echo", "i write i write".
      for (let n = 2; n <= 4; n++) {
        for (let i = 0; i + 2 * n <= ws.length; i++) {
          if (!same(i, i + n)) continue;
          let match = true;
          for (let k = 0; k < n && match; k++) match = same(i + k, i + n + k);
          if (!match) continue;
          const first = ws[i] as Word;
          const lastOfFirst = ws[i + n - 1] as Word;
          const startOfSecond = ws[i + n] as Word;
          const last = ws[i + 2 * n - 1] as Word;
          if (!spaced(lastOfFirst, startOfSecond)) continue;
          const phrase = text.slice(first.start, lastOfFirst.end);
          ctx.report({
            range: [first.range[0], last.range[1]],
            message: ctx.t({ fr: `Groupe de mots répété : « ${phrase} ».`, en: `Repeated words: "${phrase}".` }),
            suggestions: [phrase],
            fix: { range: [lastOfFirst.range[1], last.range[1]], text: "" },
          });
          i += 2 * n - 1;
        }
      }
    }
  },
};

/**
 * What makes two tokens "the same word": words and numbers by their lower case, a number never
 * equal to a word; null for anything else (URLs, hashtags). Compared once per pair of positions.
 */
function comparable(ws: readonly Word[]): Array<string | null> {
  return ws.map((w) => (w.kind === "word" ? w.lower : w.kind === "number" ? `\u0000${w.lower}` : null));
}
