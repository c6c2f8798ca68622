import type { Family } from "../../rule.js";
import type { WritingResult } from "../../report-types.js";
export declare const writing: Family<WritingResult>;
