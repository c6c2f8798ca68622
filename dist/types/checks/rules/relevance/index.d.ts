import type { Family } from "../../rule.js";
import type { RelevanceResult } from "../../report-types.js";
export declare const relevance: Family<RelevanceResult>;
