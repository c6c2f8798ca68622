import type { Rule } from "../../rule.js";
/**
 * A determiner, a noun (and an adjective) and right after them a verb in the
 * other number: « les enfants mange » → « mangent », « le chat mangent » →
 * « mange ». The verb must be only a verb form (« le président » is also a
 * noun) and the determiner not an object pronoun (« il les mange »).
 */
export declare const rule: Rule;
