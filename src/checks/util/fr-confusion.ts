import type { Block, Doc } from "../document/model.js";
import type { RuleContext } from "../rule.js";

/**
 * Shared scanner of the French homophone rules (« ou/où », « ce/se »…). Each
 * pattern is one precompiled regex with the `d` flag and a named group `x`
 * (or `x2`, `x3` in other branches: group names cannot repeat): the word to report. `right` gives its correction (null: the match is not an
 * error after all). A finding carries a fix only when `fix` is true.
 */
export interface Confusion {
  pattern: RegExp;
  right: (wrong: string, m: RegExpExecArray) => string | null;
  /** Why, in a few French words: « conjonction », « pronom relatif »… */
  why: string;
  fix: boolean;
}

/** Word boundaries for building patterns: no letter, apostrophe or hyphen on that side. */
export const B = "(?<![\\p{L}'’-])";
export const E = "(?![\\p{L}'’-])";

/** The words a pattern's reported group can be, in lower case; null when they cannot be listed. */
const TRIGGERS = new WeakMap<RegExp, ReadonlySet<string> | null>();
/** Every pattern's trigger words: the per-block index keeps only these. */
const ALL_TRIGGERS = new Set<string>();

/**
 * Patterns whose leading `<B>` was left out: V8 tries a pattern that starts with a lookbehind at
 * every position, so the boundary is checked on each match instead (same matches, as in
 * `forEachMatchAfterBoundary`).
 */
const LEADING_BOUNDARY = new WeakSet<RegExp>();
const WORD_PART = /[\p{L}'’-]/u;

/** Whether a pattern source has a `|` outside any group or class (then a leading `<B>` covers only the first alternative). */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** Builds a `giud` regex, `<B>` and `<E>` standing for the word boundaries above. */
export function frPattern(source: string): RegExp {
  const leading = source.startsWith("<B>") && !topLevelAlternation(source.slice(3));
  const body = leading ? source.slice(3) : source;
  const re = new RegExp(body.replaceAll("<B>", B).replaceAll("<E>", E), "giud");
  if (leading) LEADING_BOUNDARY.add(re);
  const width = widthOf(re.source);
  if (width) WIDTH.set(re, width);
  const triggers = triggerWords(source);
  TRIGGERS.set(re, triggers);
  for (const t of triggers ?? []) ALL_TRIGGERS.add(t);
  return re;
}

/**
 * How much text a pattern can look at, lookaheads included (lookbehinds look left, where the text is whole):
 * `fixed` characters taken one by one, and `runs` unbounded runs of letters (`\p{L}+`); white space under
 * `*` or `+` is free. Undefined when something else is unbounded (`.*`, `[^,]+`, a back-reference).
 * A match holding a trigger word then lies in a window around it that these counts bound (`reach`),
 * usually much narrower than REACH: the pattern is tried at fewer positions.
 */
interface Width {
  fixed: number;
  runs: number;
}
const WIDTH = new WeakMap<RegExp, Width>();

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

/**
 * The literal words of the groups `x`, `x2`, `x3` (« ce », « quelles? », « [mts]a »,
 * « peu[-\s]être » → « peu »): a block without any of them cannot match, and
 * a match lies near one of them.
 */
export function triggerWords(source: string): ReadonlySet<string> | null {
  const words = new Set<string>();
  for (const g of source.matchAll(/\(\?<x\d?>([^()]*)\)/g)) {
    for (const alt of (g[1] as string).split("|")) {
      let forms = [""];
      for (const part of alt.match(/\[[^\]]*\]\??|\\.|[^[\\]\??/gu) ?? []) {
        const optional = part.endsWith("?") && part.length > 1;
        const body = optional ? part.slice(0, -1) : part;
        let chars: string[];
        if (body.startsWith("[")) chars = [...new Set([...body.slice(1, -1)].map((c) => c.toLowerCase()))];
        else if (/^\p{L}$/u.test(body)) chars = [body.toLowerCase()];
        else break; // "\s", "-": the word ends here; the tokenizer keeps « peu-être » whole, indexed by its parts.
        if (chars.some((c) => !/^\p{L}$/u.test(c))) break;
        forms = forms.flatMap((f) => [...(optional ? [f] : []), ...chars.map((c) => f + c)]);
      }
      for (const f of forms) {
        if (f === "") return null;
        words.add(f);
      }
    }
  }
  return words.size > 0 ? words : null;
}

/** An alternation of literal words (longest first), for a pattern built from a word list. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** « où » → « Où » when the wrong word had a capital. */
export function sameCase(wrong: string, right: string): string {
  const first = wrong.charAt(0);
  return first !== first.toLowerCase() ? right.charAt(0).toUpperCase() + right.slice(1) : right;
}

/** Short words of a block (and the ends of hyphenated ones) → where they stand, built once per block. */
const INDEX = new WeakMap<Block, Map<string, Array<[number, number]>>>();
const MAX_TRIGGER = 10;

function shortWords(b: Block): Map<string, Array<[number, number]>> {
  let index = INDEX.get(b);
  if (index) return index;
  const map = new Map<string, Array<[number, number]>>();
  index = map;
  const add = (key: string, at: [number, number]): void => {
    if (key.length > MAX_TRIGGER || !ALL_TRIGGERS.has(key)) return;
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  for (const w of b.words) {
    const at: [number, number] = [w.start, w.end];
    add(w.lower, at);
    // « chien-la », « peu-être »: the tokenizer keeps hyphenated words whole.
    const dash = w.lower.indexOf("-");
    if (dash > 0) {
      add(w.lower.slice(0, dash), at);
      add(w.lower.slice(w.lower.lastIndexOf("-") + 1), at);
    }
  }
  INDEX.set(b, index);
  return index;
}

/**
 * How far a match may reach from its reported word: the patterns' left and
 * right contexts are a few words. Scanning only around the trigger words
 * finds the same matches as scanning the whole block, at a fraction of the cost.
 */
const REACH = 100;

/** Per UTF-16 unit, computed on demand: 1 a letter (`\p{L}`), 2 white space (`\s`), 3 half of a surrogate pair, 0 anything else; 255 not yet known. */
const KIND = new Uint8Array(0x10000).fill(255);
function kindOf(c: number): number {
  let k = KIND[c] as number;
  if (k === 255) {
    const ch = String.fromCharCode(c);
    k = c >= 0xd800 && c <= 0xdfff ? 3 : /\p{L}/u.test(ch) ? 1 : /\s/u.test(ch) ? 2 : 0;
    KIND[c] = k;
  }
  return k;
}

/**
 * How far from `at` (leftwards with step -1, rightwards with 1, never past `limit`) a pattern of width `w` can
 * reach: white space is free, the `w.runs` longest runs of letters are free (`\p{L}+`, at most two here), every
 * other character takes one of `w.fixed`. Astral characters (two units for one pattern character) give up: `limit`.
 */
function reach(text: string, at: number, step: 1 | -1, w: Width, limit: number): number {
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
    if (k === 3) return limit;
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

/**
 * Stretches of the block to scan: around each trigger word, merged. Null: scan it all. A match holding the
 * trigger starts no further left than the pattern's width allows, and looks no further right (one more
 * character for an end-of-text test): within REACH, the stretch is cut to that window.
 */
function regions(b: Block, re: RegExp): Array<[number, number]> | null {
  const triggers = TRIGGERS.get(re);
  if (!triggers) return null;
  const text = b.text;
  const width = WIDTH.get(re);
  const index = shortWords(b);
  const windows: Array<[number, number]> = [];
  for (const t of triggers) {
    for (const [s, e] of index.get(t) ?? []) {
      let start = Math.max(0, s - REACH);
      let end = Math.min(text.length, e + REACH);
      if (width) {
        start = reach(text, s, -1, width, start);
        end = Math.min(end, reach(text, e, 1, width, end) + 1);
      }
      windows.push([start, end]);
    }
  }
  windows.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of windows) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export function scanConfusions(doc: Doc, ctx: RuleContext, confusions: readonly Confusion[]): void {
  for (const b of doc.blocks) {
    const text = b.text;
    for (const c of confusions) {
      const re = c.pattern;
      const stretches = regions(b, re) ?? [[0, text.length]];
      let from = 0;
      for (const [start, end] of stretches) {
        // The text up to the stretch's end: what lies before stays visible to the pattern's left context.
        const upTo = end === text.length ? text : text.slice(0, end);
        re.lastIndex = Math.max(start, from);
        const leading = LEADING_BOUNDARY.has(re);
        for (let m = re.exec(upTo); m !== null; m = re.exec(upTo)) {
          if (leading && m.index > 0 && WORD_PART.test(upTo[m.index - 1] as string)) {
            re.lastIndex = m.index + 1;
            continue;
          }
          from = m.index + Math.max(1, m[0].length);
          const key = m.groups?.["x"] !== undefined ? "x" : m.groups?.["x2"] !== undefined ? "x2" : "x3";
          const span = m.indices?.groups?.[key];
          const wrong = m.groups?.[key];
          if (!span || wrong === undefined) continue;
          const right = c.right(wrong, m);
          if (right === null || right === wrong) continue;
          const range = b.toSource(span[0], span[1]);
          ctx.report({ range, message: `« ${wrong} » → « ${right} » (${c.why}).`, suggestions: [right], ...(c.fix ? { fix: { range, text: right } } : {}) });
        }
      }
    }
  }
}
