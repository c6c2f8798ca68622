import type { Rule } from "../../rule.js";
/**
 * « tout » agrees with the nominal group it stands before: « Tout mes hommes »
 * → « Tous », « toute le monde » → « tout », « Toute celles » → « Toutes »,
 * « Tout deux » → « Tous deux ».
 */
export declare const rule: Rule;
