import type { Report } from "../report-types.js";
/**
 * The Markdown a pull-request comment (and `postlint check --format markdown`)
 * shows: a summary table, then one collapsible section per file with its
 * findings, each linked to its line. Stays under `maxLength` (GitHub refuses
 * comments over 65,536 characters) by cutting whole findings and saying so.
 */
export interface MarkdownOptions {
    /** Link for a line of a file (e.g. blob URL at the head commit); plain `path:line` without it. */
    linkForLine?: (path: string, line: number) => string;
    /** Default 65,000: a little under GitHub's 65,536-character limit for the marker and notes. */
    maxLength?: number;
    /** Text put first (e.g. a hidden marker). */
    header?: string;
    /** Notes put last (e.g. "annotations: 12 more not shown"). */
    notes?: string[];
}
export declare const GITHUB_COMMENT_LIMIT = 65536;
export declare function formatMarkdown(reports: readonly Report[], options?: MarkdownOptions): string;
