import type { Rule } from "../../rule.js";
/**
 * A verb that does not agree with its subject, in the common patterns:
 * a subject pronoun and the verb right after it (« he don't », « they was »,
 * « she go »), a plural noun after a plural determiner and « has/is/was »
 * (« our customers has »).
 */
export declare const rule: Rule;
