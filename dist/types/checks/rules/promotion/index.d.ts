import type { Family } from "../../rule.js";
import type { SelfPromotionResult } from "../../report-types.js";
export declare const selfPromotion: Family<SelfPromotionResult>;
