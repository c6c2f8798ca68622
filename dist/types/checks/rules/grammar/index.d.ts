import type { Rule } from "../../rule.js";
export declare const grammarRules: readonly Rule[];
