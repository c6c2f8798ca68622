import { type Config } from "../config/schema.js";
import type { Checks, LanguageInfo, Report, ReviewOptions, Verdict } from "../report-types.js";
import type { Doc } from "../document/model.js";
import type { Channel, CheckName, Finding, Format } from "../types.js";
/** Findings kept per rule and per file; the rest are counted in `report.omitted`. */
export declare const MAX_FINDINGS_PER_RULE = 50;
export declare const MAX_FINDINGS_PER_FILE = 300;
/** How much each section weighs in the overall score (skipped sections drop out). */
export declare const SECTION_WEIGHTS: Record<CheckName, number>;
export declare function formatFromPath(path: string | undefined): Format;
/**
 * Reviews one post. Pure: the same text, options and history give the same
 * report (except `entry.date` when no date is given anywhere).
 */
export interface Prepared {
    format: Format;
    frontmatter: Record<string, unknown>;
    config: Config;
    language: LanguageInfo;
    channel: Channel;
    doc: Doc;
}
/** Reads the source and settles format, config, language and channel: what every review starts from. */
export declare function prepare(source: string, options?: ReviewOptions): Prepared;
export declare function review(source: string, options?: ReviewOptions): Report;
export declare function overallScore(checks: Checks): number;
export declare function verdictOf(score: number, findings: readonly Finding[], checks: Checks, config: Config): Verdict;
