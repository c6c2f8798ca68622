import type { Report } from "../report-types.js";
import type { Rule } from "../rule.js";
/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Columns are UTF-16
 * code units (`columnKind: utf16CodeUnits`), which is what our offsets count.
 */
export declare function toSarif(reports: readonly Report[], rules: readonly Rule[], toolVersion: string): Record<string, unknown>;
