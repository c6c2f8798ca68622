import type { Rule } from "../../rule.js";
/** « soit » (subjunctive of être) written for the pronoun « soi » or the imperative « sois ». */
export declare const rule: Rule;
