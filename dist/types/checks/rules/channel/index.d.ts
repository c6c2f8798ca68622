import type { Family } from "../../rule.js";
import type { ChannelResult } from "../../report-types.js";
/** Score: 0 when the post cannot be published as is (too long), −30 per spam-like count. */
export declare const channel: Family<ChannelResult>;
