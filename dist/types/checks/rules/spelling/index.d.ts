import type { Rule } from "../../rule.js";
export declare const spellingRules: readonly Rule[];
