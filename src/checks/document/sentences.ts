import type { Word } from "./model.js";
import { lowerCase } from "./tokenize.js";
import { isLetterUnit } from "../util/text.js";

export interface SentenceSpan {
  start: number;
  end: number;
}

const TERMINAL = new Set([".", "!", "?", "…", "‽"]);
const NEXT_STOP = /[.!?…‽\n]/g;
const CLOSERS = new Set(['"', "'", "”", "’", "»", ")", "]", "\u00A0", "\u202F"]);

/**
 * Splits a block's text into sentences. A sentence ends at . ! ? … (with any
 * closing quotes or brackets) followed by white space and then something that
 * can start a sentence, or at a line break inside the block. It does not end
 * after a known abbreviation (« M. », "e.g."), a single initial ("J. Smith"),
 * or inside a number or URL (those are single tokens already).
 */
export function splitSentences(text: string, words: readonly Word[], abbreviations: ReadonlySet<string>): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  // Token boundaries let us skip periods that belong to URLs, e-mails and numbers (any character
  // of such a token but its last). Positions are asked in increasing order: one pointer walks the
  // tokens (a typed array per block cost more than the whole split).
  let t = 0;
  const inToken = (at: number): boolean => {
    for (; t < words.length; t++) {
      const w = words[t] as Word;
      if (w.kind !== "word" && Math.max(w.start, w.end - 1) > at) return w.start <= at;
    }
    return false;
  };
  let start = 0;
  let i = 0;
  while (i < n) {
    // Jump to the next character that can end a sentence rather than testing every character.
    NEXT_STOP.lastIndex = i;
    const stop = NEXT_STOP.exec(text);
    if (!stop) break;
    i = stop.index;
    const c = text[i] as string;
    if (c === "\n") {
      push(spans, text, start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINAL.has(c) || inToken(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && (TERMINAL.has(text[j] as string) || CLOSERS.has(text[j] as string))) j++;
    const atEnd = j >= n;
    const spaceFollows = !atEnd && /\s/.test(text[j] as string);
    if (!atEnd && !spaceFollows) {
      i = j;
      continue;
    }
    if (c === "." && isAbbreviation(text, i, abbreviations)) {
      i = j;
      continue;
    }
    if (!atEnd) {
      let k = j;
      while (k < n && (text[k] === " " || text[k] === "\t" || text[k] === "\u00A0" || text[k] === "\u202F")) k++;
      const next = text[k];
      if (next !== undefined && next !== "\n" && /[\p{Ll}]/u.test(next) && c === ".") {
        // "…etc. and more" or a lower-case continuation: not a sentence start.
        i = j;
        continue;
      }
    }
    push(spans, text, start, j);
    start = j;
    i = j;
  }
  push(spans, text, start, n);
  return spans;
}

function isAbbreviation(text: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let s = dot;
  while (s > 0 && isAbbreviationChar(text, s - 1)) s--;
  const token = text.slice(s, dot + 1);
  if (token.length === 0) return false;
  if (abbreviations.has(token) || abbreviations.has(lowerCase(token))) return true;
  // A single capital initial: "J. Smith", "M. Baskin".
  return /^\p{Lu}\.$/u.test(token);
}

/** A letter, ".", "°" or "-" (this runs back from every period). */
function isAbbreviationChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x2d || c === 0xb0 || isLetterUnit(text, i);
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) spans.push({ start: s, end: e });
}
