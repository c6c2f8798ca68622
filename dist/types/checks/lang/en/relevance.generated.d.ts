import type { Data as RelevanceData } from "../schemas/relevance.js";
export declare const data: RelevanceData;
