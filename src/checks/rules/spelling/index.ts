import type { Rule } from "../../rule.js";

export const spellingRules: readonly Rule[] = [];
