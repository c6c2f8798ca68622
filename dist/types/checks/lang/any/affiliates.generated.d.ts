import type { Data as AffiliatesData } from "../schemas/affiliates.js";
export declare const data: AffiliatesData;
