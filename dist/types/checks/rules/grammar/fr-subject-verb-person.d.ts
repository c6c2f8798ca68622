import type { Rule } from "../../rule.js";
/**
 * A verb right after its subject pronoun (and object pronouns) whose ending
 * belongs to another person: « tu mange », « je manges », « il mangeais »,
 * « ils mangeait ». The ending table is in `lang/fr/verbs.yml`.
 */
export declare const rule: Rule;
