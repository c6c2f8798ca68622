/** Gender of a French noun or adjective form, when every reading of it has the same one. */
export interface Gender {
    gender: "m" | "f";
    /** The form can be a noun (else only an adjective). */
    noun: boolean;
}
/**
 * Whether `list` ("\nword\nword\n", sorted) holds `word`: bisection over
 * character offsets, each probe reading the word around the offset. The lists
 * are searched in place because building a Set of 77,000 words costs ~40 ms,
 * most of a Worker request's CPU budget.
 */
export declare function sortedListHas(list: string, word: string): boolean;
/**
 * The gender of `lower` (a lower-case word), or null when it is unknown, of
 * either gender (« élève », « tour », « livre »), or not a noun or adjective.
 * Plurals in -s/-x not listed take their singular's gender.
 */
export declare function genderOf(lower: string): Gender | null;
/** An adjective of either gender that is never a noun (« gigantesque », « jeunes » is not: « les jeunes »). */
export declare function isEpiceneAdjective(lower: string): boolean;
