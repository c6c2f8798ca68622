/**
 * The engine's vocabulary. Everything here is plain data so that a report can
 * cross any boundary (JSON over HTTP, a GitHub comment, a CLI listing).
 *
 * Positions: the only truth is an absolute [start, end) offset into the
 * original source, in UTF-16 code units (JS string indices). Line and column
 * are derived once, when a Finding is made.
 */
export type Lang = "fr" | "en";
/** `und` = undetermined or a language we have no lexicons for. */
export type DetectedLang = Lang | "und";
export type Severity = "error" | "warning" | "info";
export type Format = "markdown" | "mdx" | "text" | "html";
export type CheckName = "relevance" | "selfPromotion" | "writing" | "channel" | "disclosure";
export type Channel = "blog" | "newsletter" | "x" | "linkedin" | "facebook" | "instagram" | "threads" | "bluesky" | "mastodon";
/** [start, end) in UTF-16 code units of the original source. */
export type Range = readonly [number, number];
/** A certain, mechanical replacement of `range` by `text` in the original source. */
export interface Fix {
    range: Range;
    text: string;
}
export interface Finding {
    ruleId: string;
    check: CheckName;
    severity: Severity;
    message: string;
    /** Alternatives to show the author; never applied automatically. */
    suggestions: string[];
    /** 1-based. */
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** 0-based offset into the original source, UTF-16 code units. */
    offset: number;
    length: number;
    /** The source text at [offset, offset + length). */
    actual: string;
    fix?: Fix;
}
/** What a rule hands to `ctx.report`; the engine turns it into a Finding. */
export interface ReportDescriptor {
    range: Range;
    message: string;
    suggestions?: string[];
    fix?: Fix;
    /** Overrides the rule's default severity for this one finding (e.g. graded thresholds). */
    severity?: Severity;
}
/** One post of an account's or a repository's history, as the cross-post rules need it. */
export interface HistoryEntry {
    id: string;
    /** ISO 8601 date; entries are ordered by it. */
    date: string;
    channel?: Channel | undefined;
    promotional: boolean;
    /** Content hash of the normalised prose (exact repeats). */
    hash: string;
    /** MinHash signature of word shingles (near-duplicates). */
    signature: number[];
    /** Short excerpt for messages ("repeats the post of 2026-11-02: « … »"). */
    excerpt?: string | undefined;
}
