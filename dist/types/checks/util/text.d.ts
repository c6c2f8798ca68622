/** A literal string as a regular-expression source. */
export declare const escapeRegExp: (s: string) => string;
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
