/**
 * A small Hunspell reader: enough of the format to check words of the French
 * and English dictionaries by stripping one suffix, one prefix, or both (cross
 * product), as Hunspell itself does at lookup time. Loading parses two strings
 * (no expansion of every form), so it takes tens of milliseconds, once.
 */
/** Candidate lookups per suggestion. */
export declare const SUGGEST_BUDGET = 400;
/** One way a word is formed: from `root`, as the root itself (`via` null) or through the suffix flag `via`. */
export interface Derivation {
    root: string;
    via: string | null;
    /** The root's flags (its word classes in dictionaries that encode them, as Grammalecte's French one does). */
    rootFlags: string[];
}
export interface Dictionary {
    /** Whether the word (exact case, or lower-cased when it starts with a capital) is a valid form. */
    check(word: string): boolean;
    /** How the word (as written) is formed: every root and suffix flag that produce it; prefixes are not followed. */
    analyze(word: string): Derivation[];
    /** Up to `max` valid words at one edit (or one REP substitution) from `word`, most likely first. */
    suggest(word: string, max?: number): string[];
}
export declare function loadDictionary(affText: string, dicText: string): Dictionary;
