import type { Rule } from "../../rule.js";
/**
 * The conditional does not go after « si » introducing a condition (« Si
 * j'aurais su » → « Si j'avais su ») and a wish is in the conditional, not the
 * future (« J'aimerai savoir » → « J'aimerais savoir »).
 */
export declare const rule: Rule;
