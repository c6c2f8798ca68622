import type { Rule } from "../../rule.js";
/**
 * An English sentence that starts with a lower-case letter: « we are thrilled
 * to announce… » → « We ». French fragments (titles, list items « à noter »)
 * follow other conventions, and Grammalecte's tests are full of fragments: English only.
 */
export declare const rule: Rule;
