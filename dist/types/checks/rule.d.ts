import type { Config } from "./config/schema.js";
import type { Doc } from "./document/model.js";
import type { Channel, CheckName, DetectedLang, Finding, HistoryEntry, Lang, ReportDescriptor, Severity } from "./types.js";
/**
 * What a rule may read and do. A rule never changes the document and never
 * does I/O: it reads `doc` and calls `ctx.report`.
 */
export interface RuleContext {
    lang: DetectedLang;
    config: Config;
    channel: Channel;
    /** Other posts, oldest first, this post excluded. */
    history: readonly HistoryEntry[];
    /** Whether front matter says the post is sponsored. */
    sponsored: boolean;
    report(descriptor: ReportDescriptor): void;
    /**
     * Computes a value once per review and shares it between rules and family
     * results (e.g. promotional signals are needed by four rules and the score).
     */
    memo<T>(key: string, compute: () => T): T;
    /** Picks the message for the post's language (English when undetermined). */
    t(messages: {
        fr: string;
        en: string;
    }): string;
}
export interface Rule {
    /** `family/name`, kebab-case; the file name matches `name`. */
    id: string;
    /** The report section the rule's findings count towards. */
    group: CheckName;
    /** `any` = language-independent (runs on every post, even undetermined). */
    lang: Lang | "any";
    /** Default severity; the config's `rules` map can change it or turn the rule off. */
    severity: Severity;
    /** One line, English. */
    summary: string;
    /** Why the rule exists and what to do, one paragraph, English. */
    explanation: string;
    link?: string;
    /** Rules that opt in run only when this returns true (e.g. an audience is declared). */
    enabled?(ctx: RuleContext): boolean;
    check(doc: Doc, ctx: RuleContext): void;
}
/**
 * One report section (relevance, selfPromotion, …): its rules and how its
 * score is derived. `result` runs after every rule of the review has reported.
 */
export interface Family<R> {
    name: CheckName;
    rules: readonly Rule[];
    result(doc: Doc, ctx: RuleContext, findings: readonly Finding[]): R;
}
