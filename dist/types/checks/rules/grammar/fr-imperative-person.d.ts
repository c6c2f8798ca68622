import type { Rule } from "../../rule.js";
/**
 * A sentence that opens with a verb without a subject is an imperative, and
 * the imperative of the second person singular has no -s in the first group
 * and an -s in the others: « Ne donnes pas » → « donne », « Apportes ton
 * fric » → « Apporte », « Vient. » → « Viens », « Ne me prend pas » →
 * « prends », « Finit ton assiette » → « Finis ».
 */
export declare const rule: Rule;
