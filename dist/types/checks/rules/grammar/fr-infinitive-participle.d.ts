import type { Rule } from "../../rule.js";
/**
 * Infinitive, past participle and some conjugated forms of first-group verbs
 * sound alike (« manger », « mangé », « mangez », « mangeait »). After « avoir »
 * and « être », after a demonstrative pronoun, « très » or a determiner, the
 * participle (or the noun made from it) is needed. The infinitive after
 * prepositions and verbs is checked by `grammar/fr-infinitive-after-preposition`
 * and `grammar/fr-infinitive-after-verb`.
 */
export declare const rule: Rule;
