import type { Range } from "../types.js";
import type { Word, WordKind } from "./model.js";
import { isLetterUnit, matchAt } from "../util/text.js";

/**
 * Tokens are found in two steps, because one big alternation with Unicode
 * classes is tried at every character and costs ten times more: a fast scan
 * finds runs of letters/digits, then one sticky pattern, chosen by what
 * surrounds the run, reads the whole token from there. Every pattern is
 * linear: no nested quantifiers over overlapping classes.
 */
/** Word characters below U+0250 (ASCII, Latin-1, Latin Extended A and B) from a table; the rest through the Unicode pattern. */
const LATIN_WORD = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) LATIN_WORD[c] = /[\p{L}\p{M}\p{N}_]/u.test(String.fromCharCode(c)) ? 1 : 0;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const URL_Y = /(?:https?:\/\/|www\.)[^\s<>"'«»\uFFFC]*[^\s<>"'«».,;:!?)\]\uFFFC]/y;
const EMAIL_Y = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const HASHTAG_Y = /#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/uy;
const MENTION_Y = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/uy;
const NUMBER_Y = /\p{N}+(?:[.,\u00A0\u202F ]\p{N}{3}(?!\p{N}))*(?:[.,]\p{N}+)?(?:\s?%)?(?![\p{L}\p{N}])/uy;
const HAS_LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** What may follow the first run of an e-mail address. */
const EMAIL_NEXT = new Set(["@", ".", "%", "+", "-"]);

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

/** A surrogate pair starts at `i` (a lone surrogate is one code unit, as in a /u pattern). */
function isPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Length (1 or 2 code units) of the word character at `i`, 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x250) return LATIN_WORD[c] as number;
  if (isPair(text, i)) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number)) ? 2 : 0;
  return WORD_CHAR.test(text[i] as string) ? 1 : 0;
}

/** Where the next run of letters, marks, digits and underscores starts from `from` (`text.length` when there is none). */
function runStart(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n && wordCharAt(text, i) === 0) i += isPair(text, i) ? 2 : 1;
  return i;
}

/** Where the run that starts at `i` ends: with `runStart`, what `/[\p{L}\p{M}\p{N}_]+/gu` finds, without a Unicode regex for Latin text. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (let l = wordCharAt(text, j); l > 0 && j < n; l = j < n ? wordCharAt(text, j) : 0) j += l;
  return j;
}

/**
 * Where a word that starts with a run ending at `end` ends: runs joined by ' ’ - ‑ are one word
 * ("don't", "well-known"); a run after a joiner has no underscore. What the pattern
 * `[\p{L}\p{M}\p{N}_]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*` reads, by code (French has an elision in every other sentence).
 */
function joinedEnd(text: string, end: number): number {
  let e = end;
  while (isJoiner(text.charCodeAt(e))) {
    let j = e + 1;
    for (let l = joinedCharAt(text, j); l > 0; l = joinedCharAt(text, j)) j += l;
    if (j === e + 1) break;
    e = j;
  }
  return e;
}

/** `wordCharAt` without the underscore. */
const joinedCharAt = (text: string, i: number): number => (i >= text.length || text.charCodeAt(i) === 0x5f ? 0 : wordCharAt(text, i));

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019;
/** Characters that join two runs into one word ("don't", "well-known"): ' ’ - and the non-breaking hyphen. */
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2011;

export function tokenize(
  text: string,
  toSource: (start: number, end: number) => Range,
  elisions: ReadonlySet<string>,
): Word[] {
  const words: Word[] = [];
  const hasAt = text.includes("@");
  let pos = 0;
  // Per word, character codes rather than one-character strings, sets and regexes: this loop runs for every word of every post.
  for (let r0 = runStart(text, 0); r0 < text.length; r0 = runStart(text, pos)) {
    const run = text.slice(r0, runEnd(text, r0));
    let start = r0;
    const prev = text[start - 1];
    let kind: WordKind = "word";
    let value: string | null = null;
    if ((prev === "#" || prev === "@") && !isWordChar(text[start - 2])) {
      value = matchAt(prev === "#" ? HASHTAG_Y : MENTION_Y, text, start - 1);
      if (value) {
        start -= 1;
        kind = prev === "#" ? "hashtag" : "mention";
      }
    }
    if (!value && (run === "http" || run === "https" || run === "www") && (value = matchAt(URL_Y, text, start))) kind = "url";
    if (!value && hasAt && EMAIL_NEXT.has(text[start + run.length] ?? "") && (value = matchAt(EMAIL_Y, text, start))) kind = "email";
    const c0 = run.charCodeAt(0);
    const digitFirst = c0 >= 0x30 && c0 <= 0x39 ? true : c0 < 0x80 ? false : DIGIT.test(run[0] as string);
    if (!value && digitFirst && (value = matchAt(NUMBER_Y, text, start))) kind = "number";
    if (!value) {
      // Most runs are whole words: only an apostrophe or a hyphen after the run can extend it.
      const end = joinedEnd(text, start + run.length);
      value = end === start + run.length ? run : text.slice(start, end);
      // Only digits and underscores, glued to something that is not a number pattern ("1.2.3").
      // A letter first (a Latin one is told without a Unicode test) proves a letter.
      if (!isLetterUnit(value, 0) && !HAS_LETTER.test(value)) kind = "number";
    }
    pos = start + value.length;
    if (kind === "word" && elisions.size > 0) {
      const cut = value.length === run.length ? -1 : apostropheIn(value);
      if (cut > 0 && elisions.has(lowerCase(value.slice(0, cut)))) {
        // « l'année » → « l' » + « année »; « aujourd'hui » stays whole (its prefix is not an elision).
        words.push(make(value.slice(0, cut + 1), "word", start, toSource, true));
        words.push(make(value.slice(cut + 1), "word", start + cut + 1, toSource));
        continue;
      }
      if (cut === -1 && isApostrophe(text.charCodeAt(start + value.length)) && elisions.has(lowerCase(value))) {
        // « d'@ana », « l'#IA »: the elision is followed by something that is not a word.
        words.push(make(value + (text[start + value.length] as string), "word", start, toSource, true));
        pos += 1;
        continue;
      }
    }
    words.push(make(value, kind, start, toSource));
  }
  return words;
}

/**
 * `s.toLowerCase()`, without the call when `s` has no capital. V8 lower-cases a string
 * stored two bytes per character (any block with « ’ » or an emoji) through ICU, which
 * made lower-casing a third of segmentation; most words have no capital at all.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) if (mayBeCapital(s.charCodeAt(i))) return s.toLowerCase();
  return s;
}

/** A-Z, À-Þ (× aside), and anything past Latin-1 that is not an apostrophe or a non-breaking hyphen. */
const mayBeCapital = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x100 && c !== 0x2019 && c !== 0x2011);

function apostropheIn(s: string): number {
  for (let i = 0; i < s.length; i++) if (isApostrophe(s.charCodeAt(i))) return i;
  return -1;
}

/**
 * A word as the tokenizer makes it. Its source range is computed when first asked: most words are
 * never reported, and an array per word was a tenth of segmentation's cost and of its garbage.
 */
class Token implements Word {
  readonly lower: string;
  readonly key: string;
  readonly end: number;
  constructor(
    readonly text: string,
    readonly kind: WordKind,
    readonly start: number,
    private readonly toSource: (s: number, e: number) => Range,
    readonly elided: boolean,
  ) {
    // One pass tells whether the word needs lower-casing and whether it has a typographic apostrophe.
    let capital = false;
    let curly = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2019) curly = true;
      else if (mayBeCapital(c)) capital = true;
    }
    const lower = capital ? text.toLowerCase() : text;
    this.lower = lower;
    this.key = curly ? lower.replace(/’/g, "'") : lower;
    this.end = start + text.length;
  }

  private source: Range | undefined;

  get range(): Range {
    return (this.source ??= this.toSource(this.start, this.end));
  }
}

function make(
  text: string,
  kind: WordKind,
  start: number,
  toSource: (s: number, e: number) => Range,
  elided = false,
): Word {
  return new Token(text, kind, start, toSource, elided);
}
