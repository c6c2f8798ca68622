/**
 * Fingerprints for "the same message again": an exact content hash of the
 * normalised prose, and a MinHash signature of word 3-shingles whose agreement
 * estimates the Jaccard similarity of two posts (Broder 1997). 64 values keep
 * a history entry small (stored per post by the Worker) while estimating
 * Jaccard within about ±0.06.
 */
export declare const SIGNATURE_SIZE = 64;
/** One word, lower case and without accents (cached). */
export declare function foldWord(lower: string): string;
/** Lower case, accents removed (per distinct word, cached: NFD over a whole text is costly). */
export declare function normalizeWords(text: string): string[];
/**
 * `normalizeWords(prose)` from words the tokenizer already found and
 * lower-cased: each token split at whatever is not a letter or a digit
 * ("don't" → "don", "t"), as the text would be. Saves a second pass over the prose.
 */
export declare function normalizeTokens(tokens: ReadonlyArray<{
    lower: string;
}>): string[];
/** Fingerprint of a text (normalised to its words). */
export declare function fingerprint(text: string): {
    hash: string;
    signature: number[];
};
/**
 * The exact-copy hash of normalised words (the `hash` of `fingerprintWords`), without the
 * MinHash signature: cheap, for callers that need no similarity. `into` receives the word hashes.
 */
export declare function hashWords(words: readonly string[], into?: Uint32Array): string;
/**
 * Fingerprint of already normalised words (lower case, no accents). A shingle's
 * hash combines its words' cached hashes, so no string is built per shingle.
 */
export declare function fingerprintWords(words: readonly string[]): {
    hash: string;
    signature: number[];
};
/** Estimated Jaccard similarity of two signatures, 0..1 (0 when either is empty). */
export declare function similarity(a: readonly number[], b: readonly number[]): number;
