import type { Rule } from "../../rule.js";
/**
 * After a modal verb (« pouvoir », « devoir », « vouloir », « aller », « falloir »…), in any form, after « laisser »,
 * « faire », « mieux vaut », « avoir beau » and verbs of motion, a first-group verb is an infinitive: « il doit
 * pouvoir détectez », « elles ont pu mangé », « j'ai laissé tombé », « mieux vaut consacré » are homophones of
 * « détecter », « manger », « tomber », « consacrer ».
 */
export declare const rule: Rule;
