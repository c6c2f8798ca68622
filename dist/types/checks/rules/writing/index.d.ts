import type { Family } from "../../rule.js";
import type { WritingResult } from "../../report-types.js";
/**
 * Score: readability (mapped so that 60+ is full marks) weighs 40 %, the
 * density of findings per 100 words 60 % (an error costs 8 points per 100
 * words, a warning 3, an info 0.5). Posts too short for readability are
 * scored on findings alone.
 */
export declare const writing: Family<WritingResult>;
