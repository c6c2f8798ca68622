import type { Doc } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Channel, Range } from "../../types.js";
import { data } from "../../lang/any/channels.generated.js";
export type ChannelLimits = (typeof data.channels)[Channel];
export declare const limitsOf: (channel: Channel) => ChannelLimits;
export interface Measure {
    length: number;
    /** Source offset where the text goes past the limit, when it does. */
    overflowAt: number | null;
    links: number;
    hashtags: Range[];
}
/**
 * The text as the network will count it. For plain text (what schedulers send)
 * that is the source itself; for Markdown and HTML it is the prose, paragraphs
 * separated by a blank line, each link or URL counted at its real length or at
 * the channel's fixed URL length.
 */
export declare function measure(doc: Doc, ctx: RuleContext): Measure;
