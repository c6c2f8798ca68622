import type { Report, ReviewOptions } from "./report-types.js";
import type { ReportDescriptor } from "./types.js";
export type FetchLike = (url: string, init: {
    method: string;
    headers: Record<string, string>;
    body: string;
    signal?: unknown;
}) => Promise<{
    ok: boolean;
    status: number;
    json(): Promise<unknown>;
}>;
export declare const LANGUAGETOOL_RULE = "grammar/languagetool";
/** Like `review`, plus the configured LanguageTool server's matches. Never rejects because of the server. */
export declare function reviewAsync(source: string, options?: ReviewOptions & {
    fetch?: FetchLike;
}): Promise<Report>;
export declare function languageToolFindings(blocks: ReadonlyArray<{
    text: string;
    toSource(start: number, end: number): readonly [number, number];
    range: readonly [number, number];
}>, lang: "fr" | "en", lt: {
    url: string;
    level: "default" | "picky";
    timeoutMs: number;
}, fetchImpl: FetchLike): Promise<Array<ReportDescriptor & {
    ruleId: string;
}>>;
