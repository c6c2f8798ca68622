import type { Report } from "../report-types.js";
export interface TextFormatOptions {
    color?: boolean;
    /** Show `info` findings (default true). */
    infos?: boolean;
}
/** The compact listing: `file:line:col  severity  message  ruleId`, then a summary. */
export declare function formatText(reports: readonly Report[], options?: TextFormatOptions): string;
