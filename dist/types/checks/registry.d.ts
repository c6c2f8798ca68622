import type { Rule } from "./rule.js";
/**
 * Every rule, listed explicitly (static imports, no folder scanning) so the
 * bundle is the same for the Worker, the Action and the CLI.
 */
export declare const families: {
    readonly relevance: import("./rule.js").Family<import("./report-types.js").RelevanceResult>;
    readonly selfPromotion: import("./rule.js").Family<import("./report-types.js").SelfPromotionResult>;
    readonly writing: import("./rule.js").Family<import("./report-types.js").WritingResult>;
    readonly channel: import("./rule.js").Family<import("./report-types.js").ChannelResult>;
    readonly disclosure: import("./rule.js").Family<import("./report-types.js").DisclosureResult>;
};
export declare const rules: readonly Rule[];
export declare const ruleIds: ReadonlySet<string>;
export declare function findRule(id: string): Rule | undefined;
