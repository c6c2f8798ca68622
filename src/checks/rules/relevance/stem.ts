import type { Lang } from "../../types.js";
import { data as en } from "../../lang/en/relevance.generated.js";
import { data as fr } from "../../lang/fr/relevance.generated.js";

const DATA = { en, fr } as const;
const STOP = { en: new Set(en.stopwords), fr: new Set(fr.stopwords) } as const;
const SUFFIXES = { en: en.suffixes.map((x) => fold(x)), fr: fr.suffixes.map((x) => fold(x)) } as const;
/** Stems are asked for the same few thousand words over and over: keep them. */
const STEMS = { en: new Map<string, string>(), fr: new Map<string, string>() } as const;

/** Lower case, no accents, apostrophes unified: « Stratégie » and "strategie" are the same word. */
export function fold(word: string): string {
  return word.toLowerCase().normalize("NFD").replace(/\p{M}+/gu, "").replace(/’/g, "'");
}

export function isStopword(word: string, lang: Lang): boolean {
  return STOP[lang].has(word.toLowerCase());
}

/**
 * A light suffix-stripping stemmer (longest listed suffix first, keeping at
 * least `minStem` letters): enough to match "strategies" with "strategy" and
 * « stratégiques » with « stratégie » without a dictionary.
 */
export function stem(word: string, lang: Lang): string {
  const cache = STEMS[lang];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const w = fold(word);
  const minStem = DATA[lang].minStem;
  let out = w;
  for (const s of SUFFIXES[lang]) {
    if (w.length - s.length >= minStem && w.endsWith(s)) {
      out = w.slice(0, -s.length);
      break;
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}

/** Content-word stems of a phrase ("how often should we post" → ["often", "post"]). */
export function phraseStems(phrase: string, lang: Lang): string[] {
  return (phrase.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [])
    .flatMap((w) => w.split(/['’]/).slice(-1))
    .filter((w) => !isStopword(w, lang))
    .map((w) => stem(w, lang));
}

export const pronouns = {
  reader: { en: new Set(en.readerPronouns), fr: new Set(fr.readerPronouns) },
  company: { en: new Set(en.companyPronouns), fr: new Set(fr.companyPronouns) },
} as const;

/** Bits of `wordClass`. */
export const READER = 1;
export const COMPANY = 2;
export const STOPWORD = 4;

const isApostrophe = (c: string | undefined): boolean => c === "'" || c === "’";

/**
 * Reader pronoun, company pronoun, stopword (bits), by lower-case word, and
 * by the same followed by an apostrophe (an elided « l' » counts as « l »):
 * one lookup per word of the text instead of three and a slice.
 */
const CLASSES = { en: classes("en"), fr: classes("fr") } as const;

function classes(lang: Lang): Map<string, number> {
  const map = new Map<string, number>();
  for (const w of new Set([...pronouns.reader[lang], ...pronouns.company[lang], ...STOP[lang]])) {
    const bits = (pronouns.reader[lang].has(w) ? READER : 0) | (pronouns.company[lang].has(w) ? COMPANY : 0) | (STOP[lang].has(w) ? STOPWORD : 0);
    // A word ending in an apostrophe is looked up without it: only its form with one more apostrophe stands for it.
    if (!isApostrophe(w[w.length - 1])) map.set(w, bits);
    map.set(`${w}'`, bits);
    map.set(`${w}’`, bits);
  }
  return map;
}

/** `READER`, `COMPANY` and `STOPWORD` bits of a lower-case word; a trailing apostrophe is ignored. */
export function wordClass(lower: string, lang: Lang): number {
  return CLASSES[lang].get(lower) ?? 0;
}
