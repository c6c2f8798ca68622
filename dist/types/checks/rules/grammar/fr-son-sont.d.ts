import type { Rule } from "../../rule.js";
/** « sont » (verb être) written for the possessive « son » after a preposition. */
export declare const rule: Rule;
