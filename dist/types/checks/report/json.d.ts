import type { Report } from "../report-types.js";
import { type RunSummary } from "./summary.js";
export interface JsonRun {
    version: 1;
    files: Report[];
    summary: RunSummary;
}
export declare function toJsonRun(reports: Report[]): JsonRun;
export declare function formatJson(reports: Report[]): string;
