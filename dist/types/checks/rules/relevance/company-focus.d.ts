import type { Rule } from "../../rule.js";
/** Reader share of pronouns under which the post is about the company, and the evidence needed. */
export declare const MIN_READER_FOCUS = 0.35;
export declare const MIN_COMPANY_PRONOUNS = 5;
export declare const rule: Rule;
