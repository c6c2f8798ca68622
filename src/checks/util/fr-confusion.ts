import type { Block, Doc, Word } from "../document/model.js";
import type { RuleContext } from "../rule.js";
import { reach, widthOf, type Width } from "./fr-regex-window.js";

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

/** Each pattern's width (see `widthOf`), when bounded. */
const WIDTH = new WeakMap<RegExp, Width>();

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

/** Short words of a block (and the ends of hyphenated ones) → where they stand, built once per block and review. */
type ShortWords = Map<string, Array<[number, number]>>;
const MAX_TRIGGER = 10;

function shortWords(b: Block, ctx: RuleContext): ShortWords {
  // A review's map, not a module-level WeakMap: its entries kept each review's blocks alive until the next full collection.
  const perBlock = ctx.memo("fr-confusion:short-words", () => new Map<Block, ShortWords>());
  let index = perBlock.get(b);
  if (index) return index;
  index = new Map();
  for (const w of b.words) {
    // The [start, end] pair is made only for a word that is a trigger (most are not).
    let at: [number, number] | null = null;
    at = addShortWord(index, w.lower, w, at);
    // « chien-la », « peu-être »: the tokenizer keeps hyphenated words whole.
    const dash = w.lower.indexOf("-");
    if (dash > 0) {
      at = addShortWord(index, w.lower.slice(0, dash), w, at);
      addShortWord(index, w.lower.slice(w.lower.lastIndexOf("-") + 1), w, at);
    }
  }
  perBlock.set(b, index);
  return index;
}

function addShortWord(index: ShortWords, key: string, w: Word, at: [number, number] | null): [number, number] | null {
  if (key.length > MAX_TRIGGER || !ALL_TRIGGERS.has(key)) return at;
  const pair = at ?? [w.start, w.end];
  const list = index.get(key);
  if (list) list.push(pair);
  else index.set(key, [pair]);
  return pair;
}

/**
 * How far a match may reach from its reported word: the patterns' left and
 * right contexts are a few words. Scanning only around the trigger words
 * finds the same matches as scanning the whole block, at a fraction of the cost.
 */
const REACH = 100;

/**
 * Stretches of the block to scan: around each trigger word, merged. Null: scan it all. A match holding the
 * trigger starts no further left than the pattern's width allows, and looks no further right (one more
 * character for an end-of-text test): within REACH, the stretch is cut to that window.
 */
function regions(b: Block, re: RegExp, ctx: RuleContext): Array<[number, number]> | null {
  const triggers = TRIGGERS.get(re);
  if (!triggers) return null;
  const text = b.text;
  const width = WIDTH.get(re);
  const index = shortWords(b, ctx);
  const spots: Array<[number, number]> = [];
  for (const t of triggers) for (const at of index.get(t) ?? []) spots.push(at);
  spots.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of spots) {
    const last = out[out.length - 1];
    let end = Math.min(text.length, e + REACH);
    if (width) end = Math.min(end, reach(text, e, 1, width, end) + 1);
    // A window that starts at the word at the latest joins the previous one when that reaches the word: no need to walk left.
    // Walking left from a later word never reaches further than from an earlier one: the windows stay in order.
    let start = Math.max(0, s - REACH);
    if (last && last[1] >= s) start = last[1];
    else if (width) start = reach(text, s, -1, width, last ? Math.max(start, last[1]) : start);
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
      const stretches = regions(b, re, ctx) ?? [[0, text.length]];
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
