import type { Rule } from "../../rule.js";
/**
 * An imperative and its pronoun are joined by a hyphen: « Contactez nous »
 * → « Contactez-nous », « Dis moi » → « Dis-moi », « Allons y » → « Allons-y ».
 * The pronoun of a following infinitive stays apart (« venez nous voir »).
 */
export declare const rule: Rule;
