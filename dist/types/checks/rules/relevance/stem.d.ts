import type { Lang } from "../../types.js";
/** Lower case, no accents, apostrophes unified: « Stratégie » and "strategie" are the same word. */
export declare function fold(word: string): string;
export declare function isStopword(word: string, lang: Lang): boolean;
/**
 * A light suffix-stripping stemmer (longest listed suffix first, keeping at
 * least `minStem` letters): enough to match "strategies" with "strategy" and
 * « stratégiques » with « stratégie » without a dictionary.
 */
export declare function stem(word: string, lang: Lang): string;
/** Content-word stems of a phrase ("how often should we post" → ["often", "post"]). */
export declare function phraseStems(phrase: string, lang: Lang): string[];
export declare const pronouns: {
    readonly reader: {
        readonly en: Set<string>;
        readonly fr: Set<string>;
    };
    readonly company: {
        readonly en: Set<string>;
        readonly fr: Set<string>;
    };
};
/** Bits of `wordClass`. */
export declare const READER = 1;
export declare const COMPANY = 2;
export declare const STOPWORD = 4;
/** `READER`, `COMPANY` and `STOPWORD` bits of a lower-case word; a trailing apostrophe is ignored. */
export declare function wordClass(lower: string, lang: Lang): number;
