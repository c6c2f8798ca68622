import type { Rule } from "../../rule.js";
/** « ce » and « se » confused, and « ce » for « cet ». */
export declare const rule: Rule;
