import type { Rule } from "../../rule.js";

export const grammarRules: readonly Rule[] = [];
