import type { Rule } from "../../rule.js";
/** « ou » (or) written for « où » (where) where only « où » fits. */
export declare const rule: Rule;
