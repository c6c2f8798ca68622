import type { Family } from "../../rule.js";
import type { SelfPromotionResult } from "../../report-types.js";
/**
 * Score: 100 for a post without promotion, down to 50 for a post that only
 * sells (a promotional post is allowed — one in five); each cross-post
 * problem (share over the limit, repeat of a recent post) costs 25 more.
 */
export declare const selfPromotion: Family<SelfPromotionResult>;
