import type { Rule } from "../../rule.js";
/**
 * « j'ai été manger » for « je suis allé manger »: « être » used as a verb of
 * motion. Usage guides call it familiar (the Académie accepts it in literature:
 * « J'ai été dîner à Bougival », Maupassant), so it is a hint, not an error.
 */
export declare const rule: Rule;
