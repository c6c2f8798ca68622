import type { Rule } from "../../rule.js";
/**
 * « et » for « est » and the reverse where the neighbours leave one reading:
 * « entre Patrick est Marcia » (et), « ce chien et malade » (est). The patterns
 * are data in `lang/fr/homophones.yml` (`etEst`).
 */
export declare const rule: Rule;
