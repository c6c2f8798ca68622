import type { Rule } from "../../rule.js";
/** Unknown words per post that get suggestions (each costs a few hundred dictionary lookups). */
export declare const MAX_SUGGESTED = 8;
export declare const rule: Rule;
/** "recognised" → "recognized", "colour" → "color", "centre" → "center", "travelled" → "traveled". */
export declare function britishVariants(word: string): string[];
/** Words with « î » or « û » written without the circumflex, as the 1990 reform allows. */
export declare function reformVariants(word: string): string[];
