import type { Rule } from "../../rule.js";
/**
 * Spaces around brackets. A bracket holding one word glued to another is
 * inclusive or plural writing (« ami(e)s », « le(s) »), not an error, so only
 * brackets holding several words are asked to stand apart.
 */
export declare const rule: Rule;
