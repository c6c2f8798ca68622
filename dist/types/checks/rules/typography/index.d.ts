import type { Rule } from "../../rule.js";
export declare const typographyRules: readonly Rule[];
