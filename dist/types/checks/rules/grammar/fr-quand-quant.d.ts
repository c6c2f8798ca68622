import type { Rule } from "../../rule.js";
/** « quand » (when) and « quant » (« quant à », as for) confused. */
export declare const rule: Rule;
