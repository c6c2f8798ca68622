import type { Doc, Link } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Range } from "../../types.js";
export interface DisclosureAnalysis {
    required: boolean;
    reasons: string[];
    affiliateLinks: Link[];
    /** Where the first clear disclosure stands, if any. */
    marker: {
        range: Range;
        prosePosition: number;
    } | null;
    /** Weak markers ("#sp"), looked for only when a disclosure is required. */
    weak: Range[];
    nearStart: number;
}
export declare function isAffiliate(url: string): boolean;
export declare function analyzeDisclosure(doc: Doc, ctx: RuleContext): DisclosureAnalysis;
