import type { Rule } from "../../rule.js";
/**
 * The verb of a relative clause whose subject is « qui » agrees with the
 * antecedent: « ceux qui chante » → « chantent », « des femmes qui conduise »
 * → « conduisent », « ce qui nous donnes » → « donne », « celui qui pensent »
 * → « pense ».
 */
export declare const rule: Rule;
