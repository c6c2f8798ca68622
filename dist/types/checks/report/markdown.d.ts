import type { Report } from "../report-types.js";
export interface MarkdownOptions {
    linkForLine?: (path: string, line: number) => string;
    maxLength?: number;
}
export declare function formatMarkdown(reports: readonly Report[], options?: MarkdownOptions): string;
