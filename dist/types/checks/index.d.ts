/**
 * postlint's engine: the only public surface. Runtime-free (no Node, no Worker
 * APIs, no I/O), so the CLI, the GitHub Action and the Worker call it unchanged.
 */
export { review, formatFromPath, overallScore, verdictOf, MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, SECTION_WEIGHTS } from "./engine/review.js";
export { parseConfig, parseConfigLayer, validateConfig, mergeConfigInputs, defaultConfig, ConfigError, type ConfigIssue } from "./config/parse.js";
export { configSchema, channels, type Config, type ConfigInput, type Audience, type RuleLevel } from "./config/schema.js";
export { configJsonSchema } from "./config/json-schema.js";
export { applyFixes } from "./fix/apply.js";
export { rules, ruleIds, findRule } from "./registry.js";
export { fingerprint } from "./similarity/index.js";
export type { Rule, RuleContext, Family } from "./rule.js";
export type * from "./types.js";
export type * from "./report-types.js";
export { formatText, type TextFormatOptions } from "./report/text.js";
export { formatJson, toJsonRun, type JsonRun } from "./report/json.js";
export { toSarif } from "./report/sarif.js";
export { summarize, type RunSummary } from "./report/summary.js";
export { formatMarkdown, GITHUB_COMMENT_LIMIT, type MarkdownOptions } from "./report/markdown.js";
export { preloadLanguageData } from "./spelling/dictionaries.js";
export { warmUp } from "./warm-up.js";
export { reviewAsync, languageToolFindings, type FetchLike } from "./languagetool.js";
export { prepare, type Prepared } from "./engine/review.js";
