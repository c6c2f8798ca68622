import type { Rule } from "../../rule.js";
/**
 * A verb placed before its subject after « dont », « que », « où »,
 * « lequel »… agrees with the group that follows it: « l'amour dont parle les
 * femmes » → « parlent », « les possibilités qu'offrent le chien » →
 * « offre », « Où vas l'homme ? » → « va ».
 */
export declare const rule: Rule;
