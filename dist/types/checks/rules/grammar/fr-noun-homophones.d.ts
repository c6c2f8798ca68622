import type { Rule } from "../../rule.js";
/**
 * Homophones that a fixed expression or a neighbour settles: « à la tache »
 * (tâche), « une tâche de chocolat » (tache), « en voix de » (voie), « il vient
 * ver moi » (vers), « tenir comte de » (compte)… The expressions are data in
 * `lang/fr/homophones.yml`.
 */
export declare const rule: Rule;
