import type { Lang } from "../types.js";
export declare function syllables(word: string, lang: Lang): number;
export interface Readability {
    formula: "flesch" | "kandel-moles";
    score: number;
    wordsPerSentence: number;
    syllablesPerWord: number;
}
/**
 * Flesch reading ease for English (206.835 − 1.015·W/S − 84.6·Sy/W) and its
 * French adaptation by Kandel and Moles (207 − 1.015·W/S − 73.6·Sy/W).
 * 60–70 is plain language; under 30 is for specialists.
 */
export declare function readability(words: number, sentences: number, syllableCount: number, lang: Lang): Readability | null;
