import type { Report, Verdict } from "../report-types.js";
export interface RunSummary {
    files: number;
    pass: number;
    warn: number;
    fail: number;
    errors: number;
    warnings: number;
    infos: number;
    /** Worst verdict of the run. */
    verdict: Verdict;
    /** Mean of the files' scores (rounded), 100 when there are none. */
    score: number;
}
export declare function summarize(reports: readonly Report[]): RunSummary;
