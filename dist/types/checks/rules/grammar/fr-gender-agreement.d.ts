import type { Rule } from "../../rule.js";
/**
 * Determiner and noun of different genders: « Quel femme », « le gigantesque
 * explosion », « un petite animal », « du chienne », « Cet idiote ».
 */
export declare const rule: Rule;
