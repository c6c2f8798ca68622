import type { Rule } from "../../rule.js";
import { data } from "../../lang/en/articles.generated.js";

const CONSONANT_SOUND = [...data.consonantSound];
const VOWEL_SOUND = [...data.vowelSound];
const startsWithAny = (w: string, prefixes: readonly string[]): boolean => prefixes.some((p) => w.startsWith(p));

/** Whether the word is pronounced starting with a vowel sound. */
export function vowelSound(word: string): boolean {
  if (/^[A-Z]{2,}$/.test(word) || /^[A-Z]$/.test(word)) return data.vowelLetters.includes(word[0] as string);
  if (/^\p{N}/u.test(word)) return /^(?:8|11|18|80)/.test(word);
  const w = word.toLowerCase();
  if (startsWithAny(w, VOWEL_SOUND)) return true;
  if (/^[aeiou]/.test(w)) return !startsWithAny(w, CONSONANT_SOUND);
  return false;
}

export const rule: Rule = {
  id: "grammar/a-an",
  group: "writing",
  lang: "en",
  severity: "warning",
  summary: "\"a\" before a vowel sound or \"an\" before a consonant sound.",
  explanation:
    "English uses \"an\" before a vowel sound and \"a\" before a consonant sound, which is about pronunciation, not spelling: \"an hour\", \"a university\", \"an SEO audit\", \"a URL\". Exceptions live in `lang/en/articles.yml`.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const ws = s.words;
      for (let i = 0; i + 1 < ws.length; i++) {
        const art = ws[i];
        const next = ws[i + 1];
        if (!art || !next || (art.lower !== "a" && art.lower !== "an") || (next.kind !== "word" && next.kind !== "number")) continue;
        if (!/^\s+$/.test(s.block.text.slice(art.end, next.start))) continue;
        // "A" as a list letter or a grade ("Plan A is") is not the article.
        if (art.text === "A" && i > 0) continue;
        const wantAn = vowelSound(next.text);
        if ((art.lower === "an") === wantAn) continue;
        const right = wantAn ? (art.text === "A" ? "An" : "an") : art.text === "An" ? "A" : "a";
        ctx.report({
          range: art.range,
          message: `Use "${right}" before "${next.text}".`,
          suggestions: [right],
          fix: { range: art.range, text: right },
        });
      }
    }
  },
};
