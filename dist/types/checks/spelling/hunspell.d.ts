/**
 * A small Hunspell reader: enough of the format to check words of the French
 * and English dictionaries by stripping one suffix, one prefix, or both (cross
 * product), as Hunspell itself does at lookup time. Loading parses two strings
 * (no expansion of every form), so it takes tens of milliseconds, once.
 */
/** Candidate lookups per suggestion. */
export declare const SUGGEST_BUDGET = 400;
export interface Dictionary {
    /** Whether the word (exact case, or lower-cased when it starts with a capital) is a valid form. */
    check(word: string): boolean;
    /** Up to `max` valid words at one edit (or one REP substitution) from `word`, most likely first. */
    suggest(word: string, max?: number): string[];
}
export declare function loadDictionary(affText: string, dicText: string): Dictionary;
