import type { Rule } from "../../rule.js";
import { rule as unknownWord } from "./unknown-word.js";

export const spellingRules: readonly Rule[] = [unknownWord];
