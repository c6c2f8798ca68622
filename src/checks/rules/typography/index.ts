import type { Rule } from "../../rule.js";

export const typographyRules: readonly Rule[] = [];
