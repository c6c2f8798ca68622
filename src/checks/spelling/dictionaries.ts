import type { Lang } from "../types.js";
import { loadDictionary, type Dictionary } from "./hunspell.js";
import * as fr from "../lang/fr/hunspell.generated.js";
import * as en from "../lang/en/hunspell.generated.js";

const SOURCES = { fr, en } as const;
const loaded = new Map<Lang, Dictionary>();
/** Verdicts are cached across reviews: most words of a post are the same few thousand. */
const cache = { fr: new Map<string, boolean>(), en: new Map<string, boolean>() };
const CACHE_LIMIT = 50_000;

/** The dictionary of a language, parsed on first use (tens of milliseconds) and kept. */
export function dictionary(lang: Lang): Dictionary {
  let d = loaded.get(lang);
  if (!d) {
    d = loadDictionary(SOURCES[lang].aff, SOURCES[lang].dic);
    loaded.set(lang, d);
  }
  return d;
}

export function isKnown(word: string, lang: Lang): boolean {
  const c = cache[lang];
  const hit = c.get(word);
  if (hit !== undefined) return hit;
  const ok = dictionary(lang).check(word);
  if (c.size >= CACHE_LIMIT) c.clear();
  c.set(word, ok);
  return ok;
}

/**
 * Parses the dictionaries now. A Worker calls this at start-up (where 1 s is
 * allowed) so that no request pays for it (10 ms CPU on the free plan).
 */
export function preloadLanguageData(langs: readonly Lang[] = ["fr", "en"]): void {
  for (const l of langs) dictionary(l);
}
