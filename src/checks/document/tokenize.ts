import type { Range } from "../types.js";
import type { Word, WordKind } from "./model.js";

/**
 * One pass over a block's text. Order of alternatives matters: URLs and
 * e-mails before words, hashtags and mentions before words, numbers (with
 * thousand separators, decimals, %) before words. Every alternative is
 * linear: no nested quantifiers over overlapping classes.
 */
const TOKEN = new RegExp(
  [
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"'«»\uFFFC]+[^\s<>"'«».,;:!?)\]\uFFFC])`,
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})`,
    String.raw`(?<hashtag>(?<![\p{L}\p{N}_&])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)`,
    String.raw`(?<mention>(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*)`,
    String.raw`(?<number>\p{N}+(?:[.,\u00A0\u202F ]\p{N}{3})*(?:[.,]\p{N}+)?(?:\s?%)?)(?![\p{L}\p{N}])`,
    String.raw`(?<word>(?=[\p{N}_]*\p{L})[\p{L}\p{M}\p{N}_]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*)`,
  ].join("|"),
  "gu",
);

const APOSTROPHES = /['’]/;

export function tokenize(
  text: string,
  toSource: (start: number, end: number) => Range,
  elisions: ReadonlySet<string>,
): Word[] {
  const words: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const g = m.groups as Record<string, string | undefined>;
    const kind: WordKind = g.url
      ? "url"
      : g.email
        ? "email"
        : g.hashtag
          ? "hashtag"
          : g.mention
            ? "mention"
            : g.number
              ? "number"
              : "word";
    const start = m.index;
    const value = m[0];
    if (kind === "word" && elisions.size > 0 && APOSTROPHES.test(value)) {
      // « l'année » → « l' » + « année »; « aujourd'hui » stays whole (its prefix is not an elision).
      const cut = value.search(APOSTROPHES);
      const head = value.slice(0, cut).toLowerCase();
      if (elisions.has(head)) {
        const a = value.slice(0, cut + 1);
        const b = value.slice(cut + 1);
        words.push(make(a, "word", start, toSource, true));
        words.push(make(b, "word", start + cut + 1, toSource));
        continue;
      }
    }
    if (kind === "word" && elisions.has(value.toLowerCase()) && APOSTROPHES.test(text[start + value.length] ?? "")) {
      // « d'@ana », « l'#IA »: the elision is followed by something that is not a word.
      words.push(make(value + (text[start + value.length] as string), "word", start, toSource, true));
      continue;
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
