import type { Doc } from "../document/model.js";
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
export declare const B = "(?<![\\p{L}'\u2019-])";
export declare const E = "(?![\\p{L}'\u2019-])";
/** Builds a `giud` regex, `<B>` and `<E>` standing for the word boundaries above. */
export declare function frPattern(source: string): RegExp;
/**
 * The literal words of the groups `x`, `x2`, `x3` (« ce », « quelles? », « [mts]a »,
 * « peu[-\s]être » → « peu »): a block without any of them cannot match, and
 * a match lies near one of them.
 */
export declare function triggerWords(source: string): ReadonlySet<string> | null;
/** An alternation of literal words (longest first), for a pattern built from a word list. */
export declare function alternation(words: readonly string[]): string;
/** « où » → « Où » when the wrong word had a capital. */
export declare function sameCase(wrong: string, right: string): string;
export declare function scanConfusions(doc: Doc, ctx: RuleContext, confusions: readonly Confusion[]): void;
