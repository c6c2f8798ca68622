import type { Rule } from "../../rule.js";
/**
 * A past participle right after a subject pronoun and its object pronouns (« on remué beaucoup », « je t'en
 * parlé », « il ne la lui donné pas ») or after « se », « te », « y » at the start of a sentence (« s'y
 * intéressé ») has no auxiliary: the conjugated verb, which sounds the same, is meant (« on remue », « je t'en
 * parle »).
 */
export declare const rule: Rule;
