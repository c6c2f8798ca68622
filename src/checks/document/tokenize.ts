import type { Range } from "../types.js";
import type { Word, WordKind } from "./model.js";

/**
 * Tokens are found in two steps, because one big alternation with Unicode
 * classes is tried at every character and costs ten times more: a fast scan
 * finds runs of letters/digits, then one sticky pattern, chosen by what
 * surrounds the run, reads the whole token from there. Every pattern is
 * linear: no nested quantifiers over overlapping classes.
 */
const RUN = /[\p{L}\p{M}\p{N}_]+/gu;
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const URL_Y = /(?:https?:\/\/|www\.)[^\s<>"'«»\uFFFC]*[^\s<>"'«».,;:!?)\]\uFFFC]/y;
const EMAIL_Y = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const HASHTAG_Y = /#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/uy;
const MENTION_Y = /@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*/uy;
const NUMBER_Y = /\p{N}+(?:[.,\u00A0\u202F ]\p{N}{3}(?!\p{N}))*(?:[.,]\p{N}+)?(?:\s?%)?(?![\p{L}\p{N}])/uy;
const WORD_Y = /[\p{L}\p{M}\p{N}_]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*/uy;
const HAS_LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
/** What may follow the first run of an e-mail address. */
const EMAIL_NEXT = new Set(["@", ".", "%", "+", "-"]);
const APOSTROPHES = /['’]/;
/** Characters that join two runs into one word ("don't", "well-known"). */
const JOINERS = new Set(["'", "’", "-", "‑"]);

function sticky(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && WORD_CHAR.test(c);

export function tokenize(
  text: string,
  toSource: (start: number, end: number) => Range,
  elisions: ReadonlySet<string>,
): Word[] {
  const words: Word[] = [];
  const hasAt = text.includes("@");
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    let start = m.index;
    const prev = text[start - 1];
    let kind: WordKind = "word";
    let value: string | null = null;
    if ((prev === "#" || prev === "@") && !isWordChar(text[start - 2])) {
      value = sticky(prev === "#" ? HASHTAG_Y : MENTION_Y, text, start - 1);
      if (value) {
        start -= 1;
        kind = prev === "#" ? "hashtag" : "mention";
      }
    }
    if (!value && (m[0] === "http" || m[0] === "https" || m[0] === "www") && (value = sticky(URL_Y, text, start))) kind = "url";
    if (!value && hasAt && EMAIL_NEXT.has(text[start + m[0].length] ?? "") && (value = sticky(EMAIL_Y, text, start))) kind = "email";
    const c0 = m[0].charCodeAt(0);
    const digitFirst = c0 >= 0x30 && c0 <= 0x39 ? true : c0 < 0x80 ? false : DIGIT.test(m[0][0] as string);
    if (!value && digitFirst && (value = sticky(NUMBER_Y, text, start))) kind = "number";
    if (!value) {
      // Most runs are whole words: only an apostrophe or a hyphen after the run can extend it.
      value = JOINERS.has(text[start + m[0].length] ?? "") ? (sticky(WORD_Y, text, start) ?? m[0]) : m[0];
      // Only digits and underscores, glued to something that is not a number pattern ("1.2.3").
      // A Latin letter first (ASCII or accented, × and ÷ aside) proves a letter without a Unicode test.
      const latinLetterFirst = ((c0 | 0x20) >= 0x61 && (c0 | 0x20) <= 0x7a) || (c0 >= 0xc0 && c0 <= 0x24f && c0 !== 0xd7 && c0 !== 0xf7);
      if (!latinLetterFirst && !HAS_LETTER.test(value)) kind = "number";
    }
    RUN.lastIndex = start + value.length;
    if (kind === "word" && elisions.size > 0) {
      const cut = value.length === m[0].length ? -1 : value.search(APOSTROPHES);
      if (cut > 0 && elisions.has(value.slice(0, cut).toLowerCase())) {
        // « l'année » → « l' » + « année »; « aujourd'hui » stays whole (its prefix is not an elision).
        words.push(make(value.slice(0, cut + 1), "word", start, toSource, true));
        words.push(make(value.slice(cut + 1), "word", start + cut + 1, toSource));
        continue;
      }
      if (cut === -1 && APOSTROPHES.test(text[start + value.length] ?? "") && elisions.has(value.toLowerCase())) {
        // « d'@ana », « l'#IA »: the elision is followed by something that is not a word.
        words.push(make(value + (text[start + value.length] as string), "word", start, toSource, true));
        RUN.lastIndex += 1;
        continue;
      }
    }
    words.push(make(value, kind, start, toSource));
  }
  return words;
}

function make(
  text: string,
  kind: WordKind,
  start: number,
  toSource: (s: number, e: number) => Range,
  elided?: boolean,
): Word {
  const word: Word = { text, lower: text.toLowerCase(), kind, start, end: start + text.length, range: toSource(start, start + text.length) };
  if (elided) word.elided = true;
  return word;
}
