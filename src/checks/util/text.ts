/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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
  // The prefixes of a match of A then B. Past `n` characters, B does not matter.
  const concat = (a: Prefixes, b: Prefixes): Prefixes => {
    if (a === null) return null;
    const out = new Set<string>();
    for (const x of a) {
      if (x.length >= n) out.add(x);
      else if (b === null) return null;
      else for (const y of b) out.add((x + y).slice(0, n));
    }
    return out;
  };
  // A character that folds to several units, or half of a surrogate pair, could start anything as far as this parser knows.
  const chars = (list: readonly string[]): Prefixes => {
    const folded = list.map(foldChar);
    return folded.every((f) => f.length === 1 && !/[\ud800-\udfff]/.test(f)) ? new Set(folded) : null;
  };
  // One atom and its quantifier.
  const atom = (): Prefixes => {
    const c = source[i] as string;
    let p: Prefixes;
    if (c === "(") {
      const lookaround = /^\(\?<?[=!]/.exec(source.slice(i, i + 4));
      i += lookaround ? lookaround[0].length : source.startsWith("(?:", i) ? 3 : source.startsWith("(?<", i) ? source.indexOf(">", i) + 1 : 1;
      p = alternatives();
      if (source[i] !== ")") fail();
      i++;
      if (lookaround) return new Set([""]);
    } else if (c === "[") {
      const end = source.indexOf("]", i + 1);
      const body = source.slice(i + 1, end);
      if (end === -1 || body.includes("\\")) fail();
      i = end + 1;
      p = body.startsWith("^") || /.-./su.test(body) ? null : chars([...body]);
    } else if (c === "\\") {
      const e = source[i + 1] ?? "";
      i += 2;
      if (e === "b" || e === "B") return new Set([""]);
      if (e === "d") p = new Set(DIGITS);
      else if ("DsSwW".includes(e)) p = null;
      else if (/^[^\p{L}\p{N}]$/u.test(e)) p = chars([e]);
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
      p = chars([c]);
    }
    // Quantifiers: optional adds "", repeated adds the concatenations up to n characters.
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
      if (q !== "?") for (let k = 1, once = p; k < n; k++) p = union(p, concat(p, once));
      if (min === 0) p = union(p, new Set([""]));
    }
    return p;
  };
  // Atoms up to `|` or `)`.
  const sequence = (): Prefixes => {
    let p: Prefixes = new Set([""]);
    while (i < source.length && source[i] !== "|" && source[i] !== ")") p = concat(p, atom());
    return p;
  };
  const alternatives = (): Prefixes => {
    let p = sequence();
    while (source[i] === "|") {
      i++;
      p = union(p, sequence());
    }
    return p;
  };
  try {
    const p = alternatives();
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
 * The alternatives that can start with one character, and what can follow it
 * among the first three characters of a match: one character (for a match of
 * two characters) or two, as `pair` codes; `any` when a match can be one
 * character long or start with any.
 */
interface Bucket {
  re: RegExp;
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
 * position of such a pattern. Here each position a match may start from (no
 * `notAfter` character before it) and whose first three characters can start
 * a match (see `matchPrefixes`) tries only the alternatives that can start
 * with its first character, in their original order: the same alternative
 * wins, the matches are the same.
 */
export class AlternationMatcher {
  /** By folded first character. */
  private readonly buckets = new Map<number, Bucket>();
  /** The same (or `anyChar`) by ASCII character code, upper and lower case. */
  private readonly ascii: Array<Bucket | undefined> = [];
  /** Whether a match may start after each ASCII character. */
  private readonly asciiOpen = new Uint8Array(128);
  /** The alternatives that can start with any character, for the characters no other alternative starts with. */
  private readonly anyChar: Bucket | undefined;
  /** Whether `notAfter` accepts each character below U+3000 (0: not known yet, 1: no, 2: yes). */
  private readonly notAfterCache = new Uint8Array(0x3000);
  private readonly notAfterAt: RegExp;

  /**
   * @param alternatives the alternatives' sources, in priority order
   * @param source the whole pattern's source with only the alternatives `keep` accepts (all of them gives the reference pattern)
   * @param flags the pattern's flags (`g` and `y` are set here)
   * @param notAfter what may not come right before a match
   */
  constructor(alternatives: readonly string[], source: (keep: (index: number) => boolean) => string, flags: string, private readonly notAfter: RegExp) {
    const prefixes = alternatives.map((a) => matchPrefixes(a, 3));
    const sticky = flags.replace(/[gy]/g, "") + "y";
    const anywhere = (i: number): boolean => prefixes[i] === null;
    const firsts = new Set(prefixes.flatMap((p) => (p ? [...p].map((x) => x.charCodeAt(0)) : [])));
    for (const first of firsts) {
      const starts = (i: number): boolean => [...(prefixes[i] ?? [])].some((x) => x.charCodeAt(0) === first);
      const bucket: Bucket = { re: new RegExp(source((i) => anywhere(i) || starts(i)), sticky), any: prefixes.includes(null), one: new Set(), two: new Set(), second: new Uint8Array(128) };
      for (const p of prefixes) {
        for (const x of p ?? []) {
          if (x.charCodeAt(0) !== first) continue;
          if (x.length === 1) bucket.any = true;
          else if (x.length === 2) bucket.one.add(x.charCodeAt(1));
          else bucket.two.add(pair(x.charCodeAt(1), x.charCodeAt(2)));
          if (x.length > 1 && x.charCodeAt(1) < 128) bucket.second[x.charCodeAt(1)] = 1;
        }
      }
      this.buckets.set(first, bucket);
    }
    if (prefixes.includes(null)) this.anyChar = { re: new RegExp(source(anywhere), sticky), any: true, one: new Set(), two: new Set(), second: new Uint8Array(128) };
    this.notAfterAt = new RegExp(notAfter.source, notAfter.flags.replace(/[gy]/g, "") + "y");
    for (let c = 0; c < 128; c++) {
      this.ascii.push(this.buckets.get(foldCode(c)) ?? this.anyChar);
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

  /** Whether the two characters after i can follow the bucket's first one. */
  private follows(bucket: Bucket, text: string, i: number): boolean {
    if (i + 1 >= text.length) return false;
    const a = foldCode(text.charCodeAt(i + 1));
    if (a >= 0 && a < 128 && bucket.second[a] === 0) return false;
    return bucket.one.has(a) || (i + 2 < text.length && bucket.two.has(pair(a, foldCode(text.charCodeAt(i + 2)))));
  }

  /** The first match at or after `from`, as a global pattern's `exec` with `lastIndex` = `from` would find it. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const n = text.length;
    // Whether a match may start at i: nothing `notAfter` accepts right before it.
    let open = !this.notAfter.test(charBefore(text, from));
    for (let i = from; i < n; ) {
      const c = text.charCodeAt(i);
      if (open) {
        const bucket = c < 128 ? this.ascii[c] : (this.buckets.get(foldCode(c)) ?? this.anyChar);
        if (bucket !== undefined && (bucket.any || this.follows(bucket, text, i))) {
          bucket.re.lastIndex = i;
          const m = bucket.re.exec(text);
          if (m !== null && m[0].length > 0) return m;
        }
      }
      if (c < 128) {
        open = this.asciiOpen[c] === 1;
        i++;
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
