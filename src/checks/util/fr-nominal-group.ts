import type { Block, Sentence, Word } from "../document/model.js";
import type { RuleContext } from "../rule.js";
import { key } from "./fr-verbs.js";

/**
 * Determiners and the nominal group after them, for the French agreement
 * rules. A determiner is read as one only when what precedes it is not a
 * subject or an object pronoun (« il les mange », « je le sais »).
 */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set(["les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "plusieurs", "certains", "certaines", "quelques", "maints", "maintes", "différents", "différentes", "divers", "diverses"]);
export const SINGULAR_DETERMINERS: ReadonlySet<string> = new Set(["le", "la", "l'", "un", "une", "ce", "cet", "cette", "mon", "ton", "son", "ma", "ta", "sa", "du", "au", "chaque", "notre", "votre"]);
const PRONOUNS = new Set(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ne", "n'", "me", "m'", "te", "t'", "se", "s'", "y", "en", "qui", "que", "qu'", "lui", "leur"]);

export interface DeterminerAt {
  index: number;
  plural: boolean;
}

/**
 * Determiners of a sentence that are not pronouns. Six agreement rules ask, for every sentence:
 * computed once per word list and review (a review's map, not a module-level WeakMap, whose entries
 * kept each review's words alive until the next full collection).
 */
export function determiners(words: readonly Word[], ctx: RuleContext): DeterminerAt[] {
  const found = ctx.memo("fr-nominal-group:determiners", () => new Map<readonly Word[], DeterminerAt[]>());
  const known = found.get(words);
  if (known) return known;
  const out: DeterminerAt[] = [];
  found.set(words, out);
  for (let i = 0; i < words.length; i++) {
    const k = key(words[i] as Word);
    const plural = PLURAL_DETERMINERS.has(k);
    if (!plural && !SINGULAR_DETERMINERS.has(k)) continue;
    if (i > 0 && PRONOUNS.has(key(words[i - 1] as Word))) continue;
    out.push({ index: i, plural });
  }
  return out;
}

/** Only white space between two words of the block (no comma, no bracket, no placeholder). */
export function adjacent(block: Block, a: Word, b: Word): boolean {
  if (a.end === b.start) return key(a).endsWith("'");
  for (let i = a.end; i < b.start; i++) {
    const c = block.text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x09) return false;
  }
  return true;
}

/** A lower-case word of letters (no number, no capital: names and acronyms are left alone). */
export const plainWord = (w: Word | undefined): w is Word => w !== undefined && w.kind === "word" && !w.elided && w.text === w.lower;

export type { Sentence };
