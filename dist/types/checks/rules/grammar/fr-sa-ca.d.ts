import type { Rule } from "../../rule.js";
/** « sa » (possessive) written for the pronoun « ça ». */
export declare const rule: Rule;
