import type { Rule } from "../../rule.js";
/**
 * Infinitive and past participle of first-group verbs sound alike (« manger »,
 * « mangé »). After a subject and an auxiliary the participle is needed (« il a
 * mangé »); after a modal verb or « pour », « sans », the infinitive (« il va
 * manger », « pour manger »).
 */
export declare const rule: Rule;
