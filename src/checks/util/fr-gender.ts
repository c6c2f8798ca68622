import { classOf } from "./fr-morph.js";
import { epiceneAdjectives, feminineAdjectives, feminineNouns, masculineAdjectives, masculineNouns } from "../lang/fr/gender-lexicon.generated.js";

/** Gender of a French noun or adjective form, when every reading of it has the same one. */
export interface Gender {
  gender: "m" | "f";
  /** The form can be a noun (else only an adjective). */
  noun: boolean;
}

/**
 * Whether `list` ("\nword\nword\n", sorted) holds `word`: bisection over
 * character offsets, each probe reading the word around the offset. The lists
 * are searched in place because building a Set of 77,000 words costs ~40 ms,
 * most of a Worker request's CPU budget.
 */
export function sortedListHas(list: string, word: string): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf("\n", mid) + 1;
    const end = list.indexOf("\n", start);
    if (end === -1 || start > hi) {
      hi = start - 1;
      continue;
    }
    const probe = list.slice(start, end);
    if (probe === word) return true;
    if (probe < word) lo = end;
    else hi = start - 1;
  }
  return false;
}

const LISTS: Array<[string, Gender]> = [
  [masculineNouns, { gender: "m", noun: true }],
  [feminineNouns, { gender: "f", noun: true }],
  [masculineAdjectives, { gender: "m", noun: false }],
  [feminineAdjectives, { gender: "f", noun: false }],
];

const CACHE = new Map<string, Gender | null>();
const EPICENE_CACHE = new Map<string, boolean>();

/** « maisons » → « maison », « chevaux » → « chevau »: the form without its plural mark, or null. */
function withoutPluralMark(lower: string): string | null {
  const last = lower.charCodeAt(lower.length - 1);
  return (last === 115 || last === 120) && lower.length > 2 ? lower.slice(0, -1) : null;
}

function listed(word: string): Gender | null {
  for (const [list, g] of LISTS) if (sortedListHas(list, word)) return g;
  return null;
}

/**
 * The gender of `lower` (a lower-case word), or null when it is unknown, of
 * either gender (« élève », « tour », « livre »), or not a noun or adjective.
 * Plurals in -s/-x not listed take their singular's gender.
 */
export function genderOf(lower: string): Gender | null {
  const cached = CACHE.get(lower);
  if (cached !== undefined) return cached;
  let g = listed(lower);
  const singular = g ? null : withoutPluralMark(lower);
  // Only a form the dictionary derives is a plural: « cours » is an entry of its own, not « cour » + s.
  if (singular !== null && !classOf(lower).entry) g = listed(singular);
  if (CACHE.size > 20_000) CACHE.clear();
  CACHE.set(lower, g);
  return g;
}

/** An adjective of either gender that is never a noun (« gigantesque », « jeunes » is not: « les jeunes »). */
export function isEpiceneAdjective(lower: string): boolean {
  let known = EPICENE_CACHE.get(lower);
  if (known !== undefined) return known;
  const singular = withoutPluralMark(lower);
  known = sortedListHas(epiceneAdjectives, lower) || (singular !== null && sortedListHas(epiceneAdjectives, singular));
  if (EPICENE_CACHE.size > 20_000) EPICENE_CACHE.clear();
  EPICENE_CACHE.set(lower, known);
  return known;
}
