import type { Rule } from "../../rule.js";
/** « ma, ta, sa » before a vowel, where French uses « mon, ton, son ». */
export declare const rule: Rule;
