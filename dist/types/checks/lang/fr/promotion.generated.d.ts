import type { Data as PromotionData } from "../schemas/promotion.js";
export declare const data: PromotionData;
