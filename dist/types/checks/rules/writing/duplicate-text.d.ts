import type { Rule } from "../../rule.js";
/** Fewer words than this can repeat by chance ("Thank you." twice). */
export declare const MIN_WORDS = 8;
export declare const rule: Rule;
