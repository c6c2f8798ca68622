import type { Rule } from "../../rule.js";
/** « quelle » (interrogative) written for « qu'elle » (que + elle) after a verb of saying or thinking. */
export declare const rule: Rule;
