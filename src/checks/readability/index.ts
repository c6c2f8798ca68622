import type { Lang } from "../types.js";

/**
 * Syllables by vowel groups, with each language's silent endings: English
 * drops a final silent "e" ("make") and counts "-le" after a consonant
 * ("table"); French drops a final mute "e"/"es"/"ent" after a consonant
 * (« table », « tables », « parlent »). Good to a syllable or so per word,
 * which is what readability formulas were calibrated with.
 */
const VOWELS = { en: /[aeiouy]+/g, fr: /[aeiouyàâäéèêëîïôöùûüœæ]+/g } as const;

const CACHE = { en: new Map<string, number>(), fr: new Map<string, number>() };

export function syllables(word: string, lang: Lang): number {
  const cache = CACHE[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const n = count(word, lang);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, n);
  return n;
}

function count(word: string, lang: Lang): number {
  let w = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüœæç]/g, "");
  if (w.length === 0) return 0;
  if (lang === "en") {
    if (w.length <= 3) return 1;
    const le = /[^aeiouy]le$/.test(w);
    w = w.replace(/(?:[^aeiouy]es|[^aeiouy]ed|[^aeiouy]e)$/, (m) => m[0] as string).replace(/^y/, "");
    const n = w.match(VOWELS.en)?.length ?? 0;
    return Math.max(1, n + (le ? 1 : 0));
  }
  w = w.replace(/([^aeiouyàâäéèêëîïôöùûü])(?:e|es|ent)$/, "$1");
  return Math.max(1, w.match(VOWELS.fr)?.length ?? 0);
}

export interface Readability {
  formula: "flesch" | "kandel-moles";
  score: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
}

/**
 * Flesch reading ease for English (206.835 − 1.015·W/S − 84.6·Sy/W) and its
 * French adaptation by Kandel and Moles (207 − 1.015·W/S − 73.6·Sy/W).
 * 60–70 is plain language; under 30 is for specialists.
 */
export function readability(words: number, sentences: number, syllableCount: number, lang: Lang): Readability | null {
  if (words === 0 || sentences === 0) return null;
  const wps = words / sentences;
  const spw = syllableCount / words;
  const score = lang === "fr" ? 207 - 1.015 * wps - 73.6 * spw : 206.835 - 1.015 * wps - 84.6 * spw;
  return { formula: lang === "fr" ? "kandel-moles" : "flesch", score: Math.round(score * 10) / 10, wordsPerSentence: wps, syllablesPerWord: spw };
}
