import type { Rule } from "../../rule.js";
/** « ces » / « ses » written for « c'est » at the start of a clause. */
export declare const rule: Rule;
