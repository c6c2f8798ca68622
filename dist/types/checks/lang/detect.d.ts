import type { Lang } from "../types.js";
export interface Detection {
    lang: Lang | "und";
    /** 0..1 */
    confidence: number;
}
/**
 * Scores lower-cased words against each language's most frequent function
 * words. A text whose words are rarely function words of either language is
 * some other language (or too short to tell): `und`.
 */
export declare function detectLanguage(words: Iterable<string>): Detection;
export declare const segmentation: {
    readonly fr: {
        stopwords: string[];
        abbreviations: string[];
        elisions: string[];
    };
    readonly en: {
        stopwords: string[];
        abbreviations: string[];
        elisions: string[];
    };
};
