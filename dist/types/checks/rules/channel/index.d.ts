import type { Family } from "../../rule.js";
import type { ChannelResult } from "../../report-types.js";
export declare const channel: Family<ChannelResult>;
