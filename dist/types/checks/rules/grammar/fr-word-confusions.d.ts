import type { Rule } from "../../rule.js";
/**
 * Homophones and look-alikes that one neighbour settles: « des à présent »
 * (dès), « l'échec du à » (dû), « à votre grès » (gré), « en voix de » (voie),
 * « ne … guerre » (guère), « le puis » (puits), « il c'en lasse » (s'en), « s'en est trop » (c'en), « en tant de guerre »
 * (temps), « il a prit » (pris), « leur délires » (leurs), « je suis sur de
 * toi » (sûr), « d'entre elle » (elles).
 */
export declare const rule: Rule;
