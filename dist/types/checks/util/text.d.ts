/** A literal string as a regular-expression source. */
export declare const escapeRegExp: (s: string) => string;
/**
 * Whether the UTF-16 unit at `i` is a letter (`\p{L}`): Latin by code, the rest through the Unicode class
 * (half a surrogate pair is not one). For loops that run per character: a Unicode test per character costs.
 */
export declare function isLetterUnit(text: string, i: number): boolean;
/** What a sticky pattern matches at `at`, or null. */
export declare function matchAt(re: RegExp, text: string, at: number): string | null;
/** The host of a URL (lower case, without `www.`), or null when there is none. */
export declare function hostOf(url: string): string | null;
/** The code point that ends at `i` (a surrogate pair read whole), "" at the start of the text. */
export declare function charBefore(text: string, i: number): string;
/**
 * Runs a global pattern over `text` and calls `fn` for each match not preceded
 * by a character that `notAfter` accepts: the same matches as the pattern with
 * a leading `(?<![…])`, found twice as fast, because V8 cannot skip ahead to a
 * possible first character past a leading lookbehind and tries every position.
 */
export declare function forEachMatchAfterBoundary(re: RegExp, text: string, notAfter: RegExp, fn: (m: RegExpExecArray) => void): void;
/** The next match of `forEachMatchAfterBoundary`'s, from `re.lastIndex`: for callers that stop early. */
export declare function nextMatchAfterBoundary(re: RegExp, text: string, notAfter: RegExp): RegExpExecArray | null;
/** Strings of at most `n` characters; null for "any". */
type Prefixes = Set<string> | null;
/**
 * What a match of the regular-expression source can start with: its first `n`
 * characters (folded by `foldChar`; a shorter string is a whole match), or
 * null when any character can come first or when this small parser does not
 * know the syntax. It knows literals, `\d`, escaped punctuation, classes
 * without ranges, groups, assertions and quantifiers: enough for phrase lists.
 */
export declare function matchPrefixes(source: string, n: number): Prefixes;
/**
 * A big alternation of phrases, matched like `forEachMatchAfterBoundary` does
 * with the whole pattern, but faster: V8 tries every alternative at every
 * position of such a pattern. Here the pattern is only tried (sticky) at the
 * positions a match may start from (no `notAfter` character before them)
 * whose first three characters can start one of the alternatives (see
 * `matchPrefixes`): the same pattern at the same positions, the same matches.
 */
export declare class AlternationMatcher {
    private readonly notAfter;
    private readonly sticky;
    /** By folded first character; none: no alternative starts with it. */
    private readonly follows;
    /** The same by ASCII character code, upper and lower case. */
    private readonly ascii;
    /** Some alternative can start with any character: every position is tried. */
    private readonly anywhere;
    /** Whether a match may start after each ASCII character. */
    private readonly asciiOpen;
    /** Whether `notAfter` accepts each character below U+3000 (0: not known yet, 1: no, 2: yes). */
    private readonly notAfterCache;
    private readonly notAfterAt;
    /**
     * @param pattern the whole pattern (its `g` and `y` flags do not matter)
     * @param alternatives the sources of the alternatives a match of `pattern` starts with
     * @param notAfter what may not come right before a match: a character class with the `u` flag, not global
     */
    constructor(pattern: RegExp, alternatives: readonly string[], notAfter: RegExp);
    /** Whether the character at i (a whole surrogate pair) is one `notAfter` accepts. */
    private isNotAfter;
    /** Whether a match can start at i, by its first three characters. */
    private mayStart;
    /** The first match at or after `from`: what `forEachMatchAfterBoundary` gives next when `re.lastIndex` is `from`. */
    exec(text: string, from?: number): RegExpExecArray | null;
    forEach(text: string, fn: (m: RegExpExecArray) => void): void;
}
export {};
