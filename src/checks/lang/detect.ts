import type { Lang } from "../types.js";
import { data as fr } from "./fr/segmentation.generated.js";
import { data as en } from "./en/segmentation.generated.js";

const STOP: Record<Lang, ReadonlySet<string>> = { fr: new Set(fr.stopwords), en: new Set(en.stopwords) };
const FRENCH_LETTERS = /[éèêàâçùûôîœ]/;

export interface Detection {
  lang: Lang | "und";
  /** 0..1 */
  confidence: number;
}

/**
 * Scores lower-cased words against each language's most frequent function
 * words. A text whose words are rarely function words of either language is
 * some other language (or too short to tell): `und`.
 */
export function detectLanguage(words: Iterable<string>): Detection {
  let total = 0;
  let hitsFr = 0;
  let hitsEn = 0;
  let accents = 0;
  for (const w of words) {
    total++;
    if (STOP.fr.has(w)) hitsFr++;
    if (STOP.en.has(w)) hitsEn++;
    if (FRENCH_LETTERS.test(w)) accents++;
    if (total >= 2000) break;
  }
  // Accented letters tip short texts towards French without deciding long ones.
  const fScore = hitsFr + Math.min(accents, 3) * 0.5;
  const eScore = hitsEn;
  const hits = fScore + eScore;
  if (total === 0 || hits < 2 || (hitsFr + hitsEn) / total < 0.12) {
    return { lang: "und", confidence: total === 0 ? 0 : Math.min(0.5, hits / Math.max(total, 1)) };
  }
  const lang: Lang = fScore >= eScore ? "fr" : "en";
  const margin = Math.abs(fScore - eScore) / hits;
  // Confidence grows with the margin and with the amount of evidence.
  const evidence = Math.min(1, hits / 12);
  return { lang, confidence: Math.round(Math.min(1, margin * (0.5 + 0.5 * evidence)) * 100) / 100 };
}

export const segmentation = { fr, en } as const;
