import type { CheckName, DetectedLang, Finding, Format, HistoryEntry, Lang, Channel, ReportDescriptor } from "./types.js";
import type { Config, ConfigInput } from "./config/schema.js";

export type Verdict = "pass" | "warn" | "fail";

export interface ReviewOptions {
  /** Default: `markdown`. `mdx` enables JSX/ESM syntax; `html` strips tags. */
  format?: Format;
  /** Shown in reports; also used to guess the format when `format` is absent. */
  path?: string;
  /** A validated config (from `parseConfig`) or a raw object that will be validated. */
  config?: Config | ConfigInput;
  /** Forces the language; beats front matter and detection. */
  lang?: Lang;
  /** Forces the channel; beats front matter and config. */
  channel?: Channel;
  /**
   * Other posts of the same account or repository, any order (the engine sorts
   * them by date). Used by the cross-post self-promotion rules.
   */
  history?: HistoryEntry[];
  /** Identifier and date recorded in `report.entry`; defaults: path / front matter `date` / now. */
  id?: string;
  date?: string;
  /** Findings computed outside the engine (e.g. by a LanguageTool server), merged before scoring. */
  external?: Array<ReportDescriptor & { ruleId: string }>;
}

export interface LanguageInfo {
  code: DetectedLang;
  /** 0..1: how sure the detector is (1 when forced). */
  confidence: number;
  source: "option" | "frontmatter" | "config" | "detected";
}

export interface CheckResultBase {
  /** 0–100, 100 = best; null when the check was skipped. */
  score: number | null;
  passed: boolean;
  skipped?: string;
  findings: number;
}

export interface RelevanceResult extends CheckResultBase {
  matchedTopics: string[];
  matchedQuestions: string[];
  avoidedTopics: string[];
  /** Share of second-person (reader) pronouns among first+second person ones, 0..1; null if none. */
  readerFocus: number | null;
}

export interface SelfPromotionResult extends CheckResultBase {
  /** Verdict for the whole post. */
  promotional: boolean;
  /** Share of sentences carrying a promotional signal, 0..1. */
  promoShare: number;
  signals: Record<string, number>;
  /** Share of promotional posts among the last `window` (history + this post); null without history. */
  windowShare: number | null;
  window: number;
  repeats: Array<{ id: string; date: string; similarity: number }>;
}

export interface WritingResult extends CheckResultBase {
  readability: { formula: "flesch" | "kandel-moles" | null; score: number | null };
  words: number;
  sentences: number;
  avgSentenceLength: number;
}

export interface ChannelResult extends CheckResultBase {
  channel: Channel;
  length: number;
  limit: number | null;
  links: number;
  hashtags: number;
}

export interface DisclosureResult extends CheckResultBase {
  required: boolean;
  disclosed: boolean;
  reasons: string[];
}

export interface Checks {
  relevance: RelevanceResult;
  selfPromotion: SelfPromotionResult;
  writing: WritingResult;
  channel: ChannelResult;
  disclosure: DisclosureResult;
}

export interface Report {
  path?: string;
  format: Format;
  language: LanguageInfo;
  channel: Channel;
  verdict: Verdict;
  score: number;
  checks: Checks;
  findings: Finding[];
  /** Findings dropped by per-rule/per-file caps, by rule id. */
  omitted: Record<string, number>;
  /** This post as a history entry, for callers that keep history (Worker, Action, CLI). */
  entry: HistoryEntry;
  stats: { words: number; sentences: number; paragraphs: number; characters: number };
}

export type { CheckName, Config, ConfigInput };
