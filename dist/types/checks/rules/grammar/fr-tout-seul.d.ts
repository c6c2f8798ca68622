import type { Rule } from "../../rule.js";
/**
 * « tout » and « seul » before a determiner agree with the noun group it
 * starts: « tout les hommes » → « tous », « toutes sa dévotion » → « toute »,
 * « seule ces femmes » → « seules ». The determiner tells the number, and
 * the gender when it has one (« la », « cette », « le », « ce »).
 */
export declare const rule: Rule;
