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
/** Width of a regex source (V8 syntax, `u` flag), or undefined when unbounded. */
export declare function widthOf(source: string): Width | undefined;
/**
 * How far from `at` in `text` (leftwards with step -1, rightwards with 1, never past `limit`) a pattern of width `w` can
 * reach: white space is free, the `w.runs` longest runs of letters are free (`\p{L}+`, at most two here), every
 * other character takes one of `w.fixed`. Astral characters (two units for one pattern character, a letter or not)
 * are free and leave a run of letters open: a window never narrower than the truth, and never narrower from an
 * earlier position than from a later one (the scanner relies on it).
 */
export declare function reach(text: string, at: number, step: 1 | -1, w: Width, limit: number): number;
/** Whether the UTF-16 unit is white space (`\s`). */
export declare const isSpace: (c: number) => boolean;
/** Positions of the characters of `chars` in `text`, ascending: an `indexOf` per character (a native search), merged. */
export declare function charPositions(text: string, chars: string): number[];
/**
 * The matches of the global pattern `re` in `text`, as `re.exec` finds them from the start (leftmost, each after the
 * previous one), when every match starts at one of `starts` (in any order, repeats allowed): a sticky copy of the
 * pattern is tried there only, instead of the pattern at every position. With `notAfter`, a match glued to a
 * preceding character it matches is skipped, as in `forEachMatchAfterBoundary` (util/text.ts).
 */
export declare function forEachMatchAt(re: RegExp, text: string, starts: number[], notAfter: RegExp | null, fn: (m: RegExpExecArray) => void): void;
