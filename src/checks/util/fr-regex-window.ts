import { charBefore } from "./text.js";
import { merge } from "./fr-word-index.js";

/*
 * Where a regular expression can match. A pattern whose every match holds some word (the trigger word of a
 * homophone pattern, see fr-confusion) and whose width is bounded can only match in a window around each
 * occurrence of that word: trying it there finds the same matches as trying it at every position of the text,
 * which is what a pattern that starts with a lookbehind or an alternation costs (V8 cannot skip ahead to a literal).
 */

/**
 * How much text a pattern can look at, lookaheads included (lookbehinds look left, where the text is whole):
 * `fixed` characters taken one by one, and `runs` unbounded runs of letters (`\p{L}+`); white space under
 * `*` or `+` is free. Undefined when something else is unbounded (`.*`, `[^,]+`, a back-reference).
 * A match holding a given character then lies in a window around it that these counts bound (`reach`):
 * the pattern need only be tried there.
 */
export interface Width {
  fixed: number;
  runs: number;
}

/** A piece of a pattern: its width, and whether it is only white space or only one letter (what `*`, `+` may repeat for free). */
interface Piece extends Width {
  space: boolean;
  letter: boolean;
}
/** Classes within `\p{L}`: a run of them stays inside one run of letters. */
const LETTER_CLASSES = new Set(["\\p{L}", "\\p{Ll}", "\\p{Lu}"]);
const NONE: Piece = { fixed: 0, runs: 0, space: false, letter: false };
const SPACE_CHARS = /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]$/u;

/** Width of a regex source (V8 syntax, `u` flag), or undefined when unbounded. */
export function widthOf(source: string): Width | undefined {
  let i = 0;
  const atom = (space: boolean, letter: boolean): Piece => ({ fixed: 1, runs: 0, space, letter });
  function alternation(): Piece | undefined {
    let best: Piece | undefined = sequence();
    while (source[i] === "|") {
      i++;
      const next = sequence();
      best = best && next ? { fixed: Math.max(best.fixed, next.fixed), runs: Math.max(best.runs, next.runs), space: best.space && next.space, letter: best.letter && next.letter } : undefined;
    }
    return best;
  }
  function sequence(): Piece | undefined {
    let total: Piece | undefined = { fixed: 0, runs: 0, space: true, letter: false };
    let count = 0;
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const p = quantified();
      count++;
      total = total && p ? { fixed: total.fixed + p.fixed, runs: total.runs + p.runs, space: total.space && p.space, letter: count === 1 && p.letter } : undefined;
    }
    return total;
  }
  function quantified(): Piece | undefined {
    const p = primary();
    const q = /^(?:\?|\*|\+|\{(\d+)(,(\d*))?\})\??/u.exec(source.slice(i));
    if (!q) return p;
    i += q[0].length;
    const max = q[0][0] === "?" ? 1 : q[0][0] === "*" || q[0][0] === "+" ? Infinity : q[2] === undefined ? Number(q[1]) : q[3] ? Number(q[3]) : Infinity;
    if (!p) return undefined;
    if (max !== Infinity) return { fixed: p.fixed * max, runs: p.runs * max, space: p.space, letter: false };
    if (p.space) return { fixed: 0, runs: 0, space: true, letter: false };
    if (p.letter) return { fixed: 0, runs: 1, space: false, letter: false };
    return undefined;
  }
  function primary(): Piece | undefined {
    const c = source[i] as string;
    if (c === "(") {
      const kind = /^\((\?(?::|=|!|<=|<!|<[\p{L}\d_]+>))?/u.exec(source.slice(i))?.[1] ?? "";
      i += 1 + kind.length;
      const inner = alternation();
      i++; // ")"
      if (kind === "?<=" || kind === "?<!") return NONE;
      if (kind === "?=" || kind === "?!") return inner && { ...inner, space: false, letter: false };
      return inner;
    }
    if (c === "^" || c === "$") {
      i++;
      return NONE;
    }
    if (c === "[") {
      const end = classEnd(source, i);
      const body = source.slice(i + 1, end);
      i = end + 1;
      return atom(!body.startsWith("^") && classIsSpace(body), LETTER_CLASSES.has(body));
    }
    if (c === "\\") {
      const e = /^\\(?:[pP]\{[^}]*\}|u\{[\da-fA-F]+\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|\d+|[\s\S])/u.exec(source.slice(i))?.[0] ?? "\\";
      i += e.length;
      if (/^\\(?:k<|[1-9])/u.test(e)) return undefined;
      return atom(e === "\\s", LETTER_CLASSES.has(e));
    }
    i += (source.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    return atom(SPACE_CHARS.test(c), false);
  }
  const w = alternation();
  return w && i === source.length ? { fixed: w.fixed, runs: w.runs } : undefined;
}

/** Index of the `]` closing the class opened at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return source.length;
}

/** Whether a class body (« \\s », « \\u00A0 ») holds only white space. */
function classIsSpace(body: string): boolean {
  if (body === "") return false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "\\") {
      const e = /^\\(?:u[\da-fA-F]{4}|x[\da-fA-F]{2}|[\s\S])/u.exec(body.slice(i))?.[0] ?? "";
      i += e.length - 1;
      if (e === "\\s" || e === "\\t" || e === "\\n" || e === "\\r" || e === "\\v" || e === "\\f") continue;
      if (/^\\[ux]/u.test(e) && SPACE_CHARS.test(String.fromCharCode(parseInt(e.slice(2), 16)))) continue;
      return false;
    }
    if (c === "-" || !SPACE_CHARS.test(c)) return false;
  }
  return true;
}


/** Per UTF-16 unit above ASCII, computed on demand: 1 a letter (`\p{L}`), 2 white space (`\s`), 3 half of a surrogate pair, 0 anything else; 255 not yet known. */
const KIND = new Uint8Array(0x10000).fill(255);

/** The kind of a UTF-16 unit (see KIND); ASCII without a lookup. */
function kindOf(c: number): number {
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : c === 0x20 || (c >= 0x09 && c <= 0x0d) ? 2 : 0;
  let k = KIND[c] as number;
  if (k === 255) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : /\p{L}/u.test(ch) ? 1 : /\s/u.test(ch) ? 2 : 0;
    KIND[c] = k;
  }
  return k;
}

/**
 * How far from `at` in `text` (leftwards with step -1, rightwards with 1, never past `limit`) a pattern of width `w` can
 * reach: white space is free, the `w.runs` longest runs of letters are free (`\p{L}+`, at most two here), every
 * other character takes one of `w.fixed`. Astral characters (two units for one pattern character, a letter or not)
 * are free and leave a run of letters open: a window never narrower than the truth, and never narrower from an
 * earlier position than from a later one (the scanner relies on it).
 */
export function reach(text: string, at: number, step: 1 | -1, w: Width, limit: number): number {
  if (w.runs > 2) return limit;
  // The two longest closed runs of letters, and the open one.
  let first = 0;
  let second = 0;
  let run = 0;
  let paid = 0;
  let letters = 0;
  let p = at;
  while (p !== limit) {
    const k = kindOf(text.charCodeAt(step === 1 ? p : p - 1));
    if (k === 3) {
      p += step;
      continue;
    }
    if (k === 1) {
      run++;
      letters++;
    } else {
      if (run > first) {
        second = first;
        first = run;
      } else if (run > second) second = run;
      run = 0;
      if (k === 0) paid++;
    }
    const free = w.runs === 0 ? 0 : w.runs === 1 ? Math.max(first, run) : first + Math.max(second, Math.min(first, run)) + Math.max(0, run - first);
    if (paid + letters - free > w.fixed) break;
    p += step;
  }
  return p;
}

/** Whether the UTF-16 unit is white space (`\s`). */
export const isSpace = (c: number): boolean => kindOf(c) === 2;

/** Positions of the characters of `chars` in `text`, ascending: an `indexOf` per character (a native search), merged. */
export function charPositions(text: string, chars: string): number[] {
  let out: number[] = [];
  for (const c of chars) {
    const found: number[] = [];
    for (let p = text.indexOf(c); p >= 0; p = text.indexOf(c, p + 1)) found.push(p);
    out = out.length === 0 ? found : merge(out, found);
  }
  return out;
}

const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * The matches of the global pattern `re` in `text`, as `re.exec` finds them from the start (leftmost, each after the
 * previous one), when every match starts at one of `starts` (in any order, repeats allowed): a sticky copy of the
 * pattern is tried there only, instead of the pattern at every position. With `notAfter`, a match glued to a
 * preceding character it matches is skipped, as in `forEachMatchAfterBoundary` (util/text.ts).
 */
export function forEachMatchAt(re: RegExp, text: string, starts: number[], notAfter: RegExp | null, fn: (m: RegExpExecArray) => void): void {
  let y = STICKY.get(re);
  if (!y) {
    y = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
    STICKY.set(re, y);
  }
  starts.sort((a, b) => a - b);
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] as number;
    if (s < 0 || s < from || (i > 0 && s === starts[i - 1])) continue;
    y.lastIndex = s;
    const m = y.exec(text);
    if (!m || m[0].length === 0) continue;
    if (notAfter && notAfter.test(charBefore(text, m.index))) continue;
    from = m.index + m[0].length;
    fn(m);
  }
}
