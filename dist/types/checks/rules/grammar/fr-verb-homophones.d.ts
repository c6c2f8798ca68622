import type { Rule } from "../../rule.js";
/**
 * Homophones of a verb written in its place, or the reverse, where the
 * neighbouring subject pronoun leaves one reading.
 */
export declare const rule: Rule;
