import type { Word } from "../document/model.js";
import { data } from "../lang/fr/verbs.generated.js";
import { isKnown } from "../spelling/dictionaries.js";

/**
 * Token helpers of the French verb-form rules. They walk a sentence's words
 * (the tokenizer already split « l'année » into « l' » + « année »), so a
 * pattern is a few set lookups per word rather than a regular expression.
 */
export const key = (w: Word): string => w.key ?? (w.lower.includes("’") ? w.lower.replace(/’/g, "'") : w.lower);

export const CLITICS: ReadonlySet<string> = new Set(data.clitics);
export const AUXILIARIES: ReadonlySet<string> = new Set(data.auxiliaries);
export const ETRE: ReadonlySet<string> = new Set(data.etre);
/** Object pronouns that cannot be read as articles (« le », « la », « les », « l' » can: « pour le marché »). */
export const PRONOUNS_ONLY: ReadonlySet<string> = new Set(["ne", "n'", "me", "m'", "te", "t'", "se", "s'", "nous", "vous", "y", "en", "lui", "leur"]);
export const ADVERBS: ReadonlySet<string> = new Set(data.adverbs);
export const MODALS: ReadonlySet<string> = new Set(data.modals);
export const PREPOSITIONS: ReadonlySet<string> = new Set(data.prepositions);
export const NOT_VERBS: ReadonlySet<string> = new Set(data.notVerbs);

/** Index of the first word at or after `i` that is not in `skip` (a run of clitics or adverbs). */
export function skipWords(words: readonly Word[], i: number, skip: ReadonlySet<string>): number {
  let k = i;
  while (k < words.length && skip.has(key(words[k] as Word))) k++;
  return k;
}

/**
 * A first-group verb (-er): the stem makes the infinitive and the « nous » form (« mangeons », « commençons »).
 * Asking for both keeps nouns out (« mer » is a word, « mons » is not).
 */
export function isFirstGroupStem(stem: string): boolean {
  if (stem.length < 2 || !isKnown(`${stem}er`, "fr")) return false;
  // « mangeons », « commençons »: -ger and -cer verbs keep the soft sound before -ons.
  const nous = stem.endsWith("g") ? `${stem}eons` : stem.endsWith("c") ? `${stem.slice(0, -1)}çons` : `${stem}ons`;
  return isKnown(nous, "fr");
}

/** « Mangé » → « Manger » keeping the first letter's case. */
export function withCaseOf(model: string, word: string): string {
  return model[0] !== undefined && model[0] !== model[0].toLowerCase() ? word[0]?.toUpperCase() + word.slice(1) : word;
}

export const personEndings = data.persons;
