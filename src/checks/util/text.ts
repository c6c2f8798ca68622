/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const LETTER = /\p{L}/u;

/**
 * Whether the UTF-16 unit at `i` is a letter (`\p{L}`): Latin by code, the rest through the Unicode class
 * (half a surrogate pair is not one). For loops that run per character: a Unicode test per character costs.
 */
export function isLetterUnit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  return i < text.length && LETTER.test(text[i] as string);
}

/** What a sticky pattern matches at `at`, or null. */
export function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? null;
}

/** The host of a URL (lower case, without `www.`), or null when there is none. */
export function hostOf(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim()) ?? /^(www\.[^/?#:]+)/i.exec(url.trim());
  return m ? (m[1] as string).toLowerCase().replace(/^www\./, "") : null;
}

/** The code point that ends at `i` (a surrogate pair read whole), "" at the start of the text. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return "";
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : (text[i - 1] as string);
}

/**
 * Runs a global pattern over `text` and calls `fn` for each match not preceded
 * by a character that `notAfter` accepts: the same matches as the pattern with
 * a leading `(?<![…])`, found twice as fast, because V8 cannot skip ahead to a
 * possible first character past a leading lookbehind and tries every position.
 */
export function forEachMatchAfterBoundary(re: RegExp, text: string, notAfter: RegExp, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = nextMatchAfterBoundary(re, text, notAfter); m !== null; m = nextMatchAfterBoundary(re, text, notAfter)) fn(m);
}

/** The next match of `forEachMatchAfterBoundary`'s, from `re.lastIndex`: for callers that stop early. */
export function nextMatchAfterBoundary(re: RegExp, text: string, notAfter: RegExp): RegExpExecArray | null {
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (notAfter.test(charBefore(text, m.index))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    return m;
  }
  return null;
}

/**
 * A character as a case-insensitive Unicode pattern sees it (close to its
 * simple case folding): lower case of the upper case, so that `ſ`, `s` and `S`,
 * or `ς`, `σ` and `Σ`, are one character; lower case alone where the upper case
 * is longer (`ß`).
 */
function foldChar(c: string): string {
  const upper = c.toUpperCase();
  return (upper.length === c.length ? upper : c).toLowerCase();
}

/** Strings of at most `n` characters; null for "any". */
type Prefixes = Set<string> | null;

const DIGITS = [..."0123456789"];

/**
 * What a match of the regular-expression source can start with: its first `n`
 * characters (folded by `foldChar`; a shorter string is a whole match), or
 * null when any character can come first or when this small parser does not
 * know the syntax. It knows literals, `\d`, escaped punctuation, classes
 * without ranges, groups, assertions and quantifiers: enough for phrase lists.
 */
export function matchPrefixes(source: string, n: number): Prefixes {
  let i = 0;
  const fail = (): never => {
    throw new SyntaxError(source);
  };
  const union = (a: Prefixes, b: Prefixes): Prefixes => (a && b ? new Set([...a, ...b]) : null);
  // A then B, cut at `limit` characters (past them, B does not matter).
  const concat = (a: Prefixes, b: Prefixes, limit: number): Prefixes => {
    if (a === null) return null;
    const out = new Set<string>();
    for (const x of a) {
      if (x.length >= limit) out.add(x);
      else if (b === null) return null;
      else for (const y of b) out.add((x + y).slice(0, limit));
    }
    return out;
  };
  const shortest = (p: Set<string>): number => {
    let min = Infinity;
    for (const x of p) min = Math.min(min, x.length);
    return min;
  };
  // A character that folds to several units, or half of a surrogate pair, could start anything as far as this parser knows.
  const chars = (list: readonly string[]): Prefixes => {
    const folded = list.map(foldChar);
    return folded.every((f) => f.length === 1 && (f < "\ud800" || f > "\udfff")) ? new Set(folded) : null;
  };
  // One atom and its quantifier, its prefixes cut at `limit` characters (0: only read past it).
  const atom = (limit: number): Prefixes => {
    const c = source[i] as string;
    let p: Prefixes;
    if (c === "(") {
      const lookaround = ["(?=", "(?!", "(?<=", "(?<!"].find((l) => source.startsWith(l, i));
      i += lookaround ? lookaround.length : source.startsWith("(?:", i) ? 3 : source.startsWith("(?<", i) ? source.indexOf(">", i) + 1 : 1;
      p = alternatives(lookaround ? 0 : limit);
      if (source[i] !== ")") fail();
      i++;
      if (lookaround) return new Set([""]);
    } else if (c === "[") {
      const end = source.indexOf("]", i + 1);
      const body = source.slice(i + 1, end);
      if (end === -1 || body.includes("\\")) fail();
      i = end + 1;
      // A negated class, or a range (a "-" between two characters), could be anything here.
      p = limit === 0 || body.startsWith("^") || body.slice(1, -1).includes("-") ? null : chars([...body]);
    } else if (c === "\\") {
      const e = source[i + 1] ?? "";
      i += 2;
      if (e === "b" || e === "B") return new Set([""]);
      if (e === "d") p = new Set(DIGITS);
      else if ("DsSwW".includes(e)) p = null;
      else if ("^$\\.*+?()[]{}|/-".includes(e)) p = limit === 0 ? null : chars([e]);
      else return fail();
    } else if (c === "^" || c === "$") {
      i++;
      return new Set([""]);
    } else if (c === ".") {
      i++;
      p = null;
    } else if ("*+?{}])|".includes(c)) {
      return fail();
    } else {
      i++;
      p = limit === 0 ? null : chars([c]);
    }
    // Quantifiers: optional adds "", repeated adds the concatenations up to `limit` characters.
    const q = source[i];
    if (q === "?" || q === "*" || q === "+" || q === "{") {
      let min = q === "+" ? 1 : 0;
      if (q === "{") {
        const close = source.indexOf("}", i);
        if (close === -1) fail();
        min = Number.parseInt(source.slice(i + 1, close), 10);
        i = close + 1;
      } else i++;
      if (source[i] === "?") i++; // lazy
      if (q !== "?") for (let k = 1, once = p; k < limit; k++) p = union(p, concat(p, once, limit));
      if (min === 0) p = union(p, new Set([""]));
    }
    return p;
  };
  // Atoms up to `|` or `)`; each one only for the characters still missing.
  const sequence = (limit: number): Prefixes => {
    let p: Prefixes = new Set([""]);
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const missing = p === null ? 0 : Math.max(0, limit - shortest(p));
      const a = atom(missing);
      if (missing > 0) p = concat(p, a, limit);
    }
    return p;
  };
  const alternatives = (limit: number): Prefixes => {
    let p = sequence(limit);
    while (source[i] === "|") {
      i++;
      p = union(p, sequence(limit));
    }
    return p;
  };
  try {
    const p = alternatives(n);
    // A match that can be empty can start anywhere.
    return i === source.length && p !== null && !p.has("") ? p : null;
  } catch {
    return null;
  }
}

/** `foldCode` of the characters below U+3000, plus 2 (0: not computed yet). */
const FOLDED = new Int32Array(0x3000);

/** The folded UTF-16 unit of a character code (see `foldChar`), -1 when it folds to several. */
function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c < 0x3000 && FOLDED[c] !== 0) return (FOLDED[c] as number) - 2;
  const f = foldChar(String.fromCharCode(c));
  const code = f.length === 1 ? f.charCodeAt(0) : -1;
  if (c < 0x3000) FOLDED[c] = code + 2;
  return code;
}

/**
 * What the first three characters of a match starting with one character can
 * be: a match of two characters (`one`: its second) or longer (`two`: its
 * second and third, as `pair` codes); `any` when a match can be one character
 * long.
 */
interface Follow {
  any: boolean;
  one: Set<number>;
  two: Set<number>;
  /** 1 for the ASCII characters that can come second (in `one` or `two`): most positions are ruled out here. */
  second: Uint8Array;
}

/** Two folded UTF-16 units as one number (a small integer for the usual characters). */
const pair = (a: number, b: number): number => a * 0x10000 + b;

/**
 * A big alternation of phrases, matched like `forEachMatchAfterBoundary` does
 * with the whole pattern, but faster: V8 tries every alternative at every
 * position of such a pattern. Here the pattern is only tried (sticky) at the
 * positions a match may start from (no `notAfter` character before them)
 * whose first three characters can start one of the alternatives (see
 * `matchPrefixes`): the same pattern at the same positions, the same matches.
 */
export class AlternationMatcher {
  private readonly sticky: RegExp;
  /** By folded first character; none: no alternative starts with it. */
  private readonly follows = new Map<number, Follow>();
  /** The same by ASCII character code, upper and lower case. */
  private readonly ascii: Array<Follow | undefined> = [];
  /** Some alternative can start with any character: every position is tried. */
  private readonly anywhere: Follow | undefined;
  /** Whether a match may start after each ASCII character. */
  private readonly asciiOpen = new Uint8Array(128);
  /** Whether `notAfter` accepts each character below U+3000 (0: not known yet, 1: no, 2: yes). */
  private readonly notAfterCache = new Uint8Array(0x3000);
  private readonly notAfterAt: RegExp;

  /**
   * @param pattern the whole pattern (its `g` and `y` flags do not matter)
   * @param alternatives the sources of the alternatives a match of `pattern` starts with
   * @param notAfter what may not come right before a match: a character class with the `u` flag, not global
   */
  constructor(pattern: RegExp, alternatives: readonly string[], private readonly notAfter: RegExp) {
    this.sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, "") + "y");
    // Three characters for patterns that start with a word; the first one only for those that start with a class
    // such as `\d` (their three-character lists run to thousands, and such positions are few).
    const prefixes = alternatives.map((a) => {
      const first = matchPrefixes(a, 1);
      return first && first.size <= 4 ? matchPrefixes(a, 3) : first;
    });
    // An alternative that can start with anything lets every position through.
    const empty = (): Follow => ({ any: prefixes.includes(null), one: new Set(), two: new Set(), second: new Uint8Array(128) });
    if (prefixes.includes(null)) this.anywhere = empty();
    for (const x of prefixes.flatMap((p) => [...(p ?? [])])) {
      const first = x.charCodeAt(0);
      let f = this.follows.get(first);
      if (!f) this.follows.set(first, (f = empty()));
      if (x.length === 1) f.any = true;
      else if (x.length === 2) f.one.add(x.charCodeAt(1));
      else f.two.add(pair(x.charCodeAt(1), x.charCodeAt(2)));
      if (x.length > 1 && x.charCodeAt(1) < 128) f.second[x.charCodeAt(1)] = 1;
    }
    this.notAfterAt = new RegExp(notAfter.source, notAfter.flags.replace(/[gy]/g, "") + "y");
    for (let c = 0; c < 128; c++) {
      this.ascii.push(this.follows.get(foldCode(c)) ?? this.anywhere);
      this.asciiOpen[c] = notAfter.test(String.fromCharCode(c)) ? 0 : 1;
    }
  }

  /** Whether the character at i (a whole surrogate pair) is one `notAfter` accepts. */
  private isNotAfter(text: string, i: number, c: number): boolean {
    let known = c < 0x3000 ? (this.notAfterCache[c] as number) : 0;
    if (known === 0) {
      this.notAfterAt.lastIndex = i;
      known = this.notAfterAt.test(text) ? 2 : 1;
      if (c < 0x3000) this.notAfterCache[c] = known;
    }
    return known === 2;
  }

  /** Whether a match can start at i, by its first three characters. */
  private mayStart(text: string, i: number, f: Follow): boolean {
    if (f.any) return true;
    if (i + 1 >= text.length) return false;
    const a = foldCode(text.charCodeAt(i + 1));
    if (a >= 0 && a < 128 && f.second[a] === 0) return false;
    return f.one.has(a) || (i + 2 < text.length && f.two.has(pair(a, foldCode(text.charCodeAt(i + 2)))));
  }

  /** The first match at or after `from`: what `forEachMatchAfterBoundary` gives next when `re.lastIndex` is `from`. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const n = text.length;
    // Whether a match may start at i: nothing `notAfter` accepts right before it.
    let open = !this.notAfter.test(charBefore(text, from));
    for (let i = from; i < n; ) {
      const c = text.charCodeAt(i);
      if (open) {
        const f = c < 128 ? this.ascii[c] : (this.follows.get(foldCode(c)) ?? this.anywhere);
        if (f !== undefined && this.mayStart(text, i, f)) {
          this.sticky.lastIndex = i;
          const m = this.sticky.exec(text);
          if (m !== null && m[0].length > 0) return m;
        }
      }
      if (c < 128) {
        open = this.asciiOpen[c] === 1;
        i++;
      } else if (c >= 0xdc00 && c <= 0xdfff) {
        // A lone low surrogate: what comes before is judged as `charBefore` reads it.
        open = !this.notAfter.test(charBefore(text, ++i));
      } else {
        open = !this.isNotAfter(text, i, c);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      }
    }
    return null;
  }

  forEach(text: string, fn: (m: RegExpExecArray) => void): void {
    for (let m = this.exec(text); m !== null; m = this.exec(text, m.index + m[0].length)) fn(m);
  }
}
