import type { Rule } from "../../rule.js";
/**
 * « ma », « ta », « la », « mon », « ton » between a subject and a past
 * participle: the elided pronoun and « avoir » (« il ma tuée » → « il m'a
 * tuée », « ils mon donné » → « ils m'ont donné »).
 */
export declare const rule: Rule;
