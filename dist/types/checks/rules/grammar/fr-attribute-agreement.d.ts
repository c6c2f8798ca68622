import type { Rule } from "../../rule.js";
/**
 * The attribute after « être », « sembler », « devenir »… agrees with a
 * subject pronoun: « il est fragiles » → « fragile », « elle est parti » →
 * « partie », « ils sont content » → « contents ».
 */
export declare const rule: Rule;
