import type { Family } from "../../rule.js";
import type { DisclosureResult } from "../../report-types.js";
export declare const disclosure: Family<DisclosureResult>;
