import type { Rule } from "../../rule.js";
/**
 * A verb right after its subject pronoun (and object pronouns) whose ending
 * belongs to another person: « tu mange », « je manges », « il mangeais »,
 * « ils mangeait », « je prend », « il finis », « toi qui sait ». The endings
 * are in `lang/fr/verbs.yml` and `util/fr-conjugation.ts`.
 */
export declare const rule: Rule;
