import type { Rule } from "../../rule.js";
/** « peut » (verb pouvoir) written for the adverb « peu », and « peu être » for « peut-être ». */
export declare const rule: Rule;
