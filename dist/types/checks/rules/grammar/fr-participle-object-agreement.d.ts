import type { Rule } from "../../rule.js";
/**
 * The past participle after « avoir » agrees with a direct object placed
 * before it, here the antecedent of the relative « que »: « les fleurs que tu
 * m'as envoyé » → « envoyées », « le livre que tu m'as donnée » → « donné ».
 */
export declare const rule: Rule;
