import { validateConfig, mergeConfigInputs } from "../config/parse.js";
import { channels, type Config } from "../config/schema.js";
import { buildDoc, parseSource, proseWords, type ParsedSource } from "../document/build.js";

import { LineIndex } from "../document/position.js";
import { isSuppressed } from "../document/suppressions.js";
import { detectLanguage } from "../lang/detect.js";
import { families, rules, ruleIds } from "../registry.js";
import type { Rule, RuleContext } from "../rule.js";
import type { Checks, LanguageInfo, Report, ReviewOptions, Verdict } from "../report-types.js";
import type { Doc } from "../document/model.js";
import { fingerprintWords, hashWords, normalizeTokens } from "../similarity/index.js";
import type { Channel, CheckName, Finding, Format, HistoryEntry, Lang, ReportDescriptor, Severity } from "../types.js";

/** Findings kept per rule and per file; the rest are counted in `report.omitted`. */
export const MAX_FINDINGS_PER_RULE = 50;
export const MAX_FINDINGS_PER_FILE = 300;

/** How much each section weighs in the overall score (skipped sections drop out). */
export const SECTION_WEIGHTS: Record<CheckName, number> = {
  relevance: 0.3,
  selfPromotion: 0.25,
  writing: 0.3,
  channel: 0.1,
  disclosure: 0.05,
};

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function formatFromPath(path: string | undefined): Format {
  const ext = path?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  switch (ext) {
    case "mdx":
      return "mdx";
    case "html":
    case "htm":
      return "html";
    case "txt":
    case "text":
      return "text";
    default:
      return "markdown";
  }
}

const isLang = (v: unknown): v is Lang => v === "fr" || v === "en";
const isChannel = (v: unknown): v is Channel => typeof v === "string" && (channels as readonly string[]).includes(v);

/** The configuration when none is given: validated once (zod costs more than many rules), never mutated. */
let defaultConfig: Config | undefined;

function resolveConfig(options: ReviewOptions, frontmatter: Record<string, unknown>): Config {
  const audience = frontmatter.audience;
  const perPost = audience && typeof audience === "object" && !Array.isArray(audience) ? (audience as Record<string, unknown>) : null;
  if (options.config === undefined && perPost === null) return (defaultConfig ??= validateConfig({}, undefined, ruleIds));
  const base = options.config ?? {};
  // Front matter may override the audience per post; validated like the file.
  const layered = perPost ? mergeConfigInputs(base as Record<string, unknown>, { audience: perPost }) : base;
  return layered === base && isValidated(base) ? (base as Config) : validateConfig(layered, undefined, ruleIds);
}

/** A config that went through the schema already has every defaulted key. */
function isValidated(c: unknown): boolean {
  return typeof c === "object" && c !== null && "thresholds" in c && "selfPromotion" in c && "rules" in c && "brand" in c;
}

function resolveLanguage(options: ReviewOptions, frontmatter: Record<string, unknown>, config: Config, parsed: ParsedSource): LanguageInfo {
  if (options.lang) return { code: options.lang, confidence: 1, source: "option" };
  const fm = frontmatter.lang ?? frontmatter.language;
  if (isLang(fm)) return { code: fm, confidence: 1, source: "frontmatter" };
  if (config.language !== "auto") return { code: config.language, confidence: 1, source: "config" };
  const d = detectLanguage(proseWords(parsed));
  return { code: d.lang, confidence: d.confidence, source: "detected" };
}

function dateOf(options: ReviewOptions, frontmatter: Record<string, unknown>): string {
  if (options.date) return options.date;
  const d = frontmatter.date;
  if (d instanceof Date && !Number.isNaN(d.getTime())) return d.toISOString();
  if (typeof d === "string" && !Number.isNaN(Date.parse(d))) return new Date(Date.parse(d)).toISOString();
  return new Date().toISOString();
}

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
export function prepare(source: string, options: ReviewOptions = {}): Prepared {
  const format = options.format ?? formatFromPath(options.path);
  const parsed = parseSource(source, format);
  const frontmatter = parsed.frontmatter;
  const config = resolveConfig(options, frontmatter);
  const language = resolveLanguage(options, frontmatter, config, parsed);
  const channel: Channel = options.channel ?? (isChannel(frontmatter.channel) ? frontmatter.channel : config.channel);
  return { format, frontmatter, config, language, channel, doc: buildDoc(source, format, parsed, language.code) };
}

export function review(source: string, options: ReviewOptions = {}): Report {
  const { format, frontmatter, config, language, channel, doc } = prepare(source, options);
  const lines = new LineIndex(source);
  const history = [...(options.history ?? [])]
    .filter((h) => h.id !== (options.id ?? options.path))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const findings: Finding[] = [];
  const perRule = new Map<string, number>();
  const omitted: Record<string, number> = {};
  const memo = new Map<string, unknown>();
  const sponsored = frontmatter.sponsored === true;
  const t = (m: { fr: string; en: string }): string => (language.code === "fr" ? m.fr : m.en);

  const makeContext = (rule: Rule): RuleContext => ({
    lang: language.code,
    config,
    channel,
    history,
    sponsored,
    t,
    memo<T>(key: string, compute: () => T): T {
      // One lookup when the value is there (rules ask per sentence); `has` only for a stored undefined.
      const known = memo.get(key);
      if (known !== undefined || memo.has(key)) return known as T;
      const value = compute();
      memo.set(key, value);
      return value;
    },
    report(d: ReportDescriptor) {
      const finding = toFinding(rule, d, config, source, lines);
      if (!finding) return;
      if (isSuppressed(doc.suppressions, rule.id, [finding.offset, finding.offset + finding.length])) return;
      const n = (perRule.get(rule.id) ?? 0) + 1;
      perRule.set(rule.id, n);
      if (n > MAX_FINDINGS_PER_RULE) {
        omitted[rule.id] = (omitted[rule.id] ?? 0) + 1;
        return;
      }
      findings.push(finding);
    },
  });

  // The MinHash signature costs more than most rules; it is only needed against a history
  // (cross-post) or when someone reads `report.entry.signature`: computed then, once.
  const tokens = normalizeTokens(doc.words);
  memo.set("normalizedWords", tokens);
  const hash = hashWords(tokens);
  const fingerprintOf = (): { hash: string; signature: number[] } => {
    let fp = memo.get("fingerprint") as { hash: string; signature: number[] } | undefined;
    if (!fp) {
      fp = fingerprintWords(tokens);
      memo.set("fingerprint", fp);
    }
    return fp;
  };
  const baseCtx = makeContext(rules[0] as Rule);
  // The rules turned off, read once: a lookup per rule in the config's record (a miss, mostly) was not free.
  const off = new Set<string>();
  for (const [id, level] of Object.entries(config.rules)) if (level === "off") off.add(id);
  // Findings from outside the engine (a LanguageTool server) count like any rule's, under their rule id.
  for (const x of options.external ?? []) {
    const rule = rules.find((r) => r.id === x.ruleId);
    if (rule && !off.has(rule.id)) makeContext(rule).report(x);
  }
  for (const rule of rules) {
    if (rule.lang !== "any" && rule.lang !== language.code) continue;
    if (off.has(rule.id)) continue;
    const ctx = makeContext(rule);
    if (rule.enabled && !rule.enabled(ctx)) continue;
    try {
      rule.check(doc, ctx);
    } catch (err) {
      // One broken rule must not cost the author the rest of the review.
      ctx.report({
        range: [0, 0],
        severity: "info",
        message: `Rule ${rule.id} failed on this post and was skipped (${(err as Error).message}). Please report it.`,
      });
    }
  }

  findings.sort((a, b) => a.offset - b.offset || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.ruleId.localeCompare(b.ruleId));
  const kept = capPerFile(dropRepeats(findings), omitted);

  const byGroup = (name: CheckName): Finding[] => kept.filter((f) => f.check === name);
  const checks: Checks = {
    relevance: families.relevance.result(doc, baseCtx, byGroup("relevance")),
    selfPromotion: families.selfPromotion.result(doc, baseCtx, byGroup("selfPromotion")),
    writing: families.writing.result(doc, baseCtx, byGroup("writing")),
    channel: families.channel.result(doc, baseCtx, byGroup("channel")),
    disclosure: families.disclosure.result(doc, baseCtx, byGroup("disclosure")),
  };
  const score = overallScore(checks);
  const verdict = verdictOf(score, kept, checks, config);
  const entry: HistoryEntry = {
    id: options.id ?? options.path ?? hash,
    date: dateOf(options, frontmatter),
    channel,
    promotional: checks.selfPromotion.promotional,
    hash,
    signature: [],
    excerpt: excerpt(doc),
  };
  Object.defineProperty(entry, SIGNATURE_OF, { value: () => fingerprintOf().signature, configurable: true });
  Object.defineProperty(entry, "signature", { enumerable: true, configurable: true, get: lazySignature });

  const report: Report = {
    format,
    language,
    channel,
    verdict,
    score,
    checks,
    findings: kept,
    omitted,
    entry,
    stats: { words: doc.words.length, sentences: doc.sentences.length, paragraphs: doc.blocks.length, characters: source.length },
  };
  if (options.path !== undefined) report.path = options.path;
  return report;
}

function toFinding(rule: Rule, d: ReportDescriptor, config: Config, source: string, lines: LineIndex): Finding | null {
  const level = config.rules[rule.id];
  if (level === "off") return null;
  const severity: Severity = level ?? d.severity ?? rule.severity;
  const start = Math.max(0, Math.min(d.range[0], source.length));
  const end = Math.max(start, Math.min(d.range[1], source.length));
  const a = lines.point(start);
  const b = lines.point(end);
  const finding: Finding = {
    ruleId: rule.id,
    check: rule.group,
    severity,
    message: d.message,
    suggestions: d.suggestions ?? [],
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset: start,
    length: end - start,
    actual: source.slice(start, end),
  };
  if (d.fix) finding.fix = d.fix;
  return finding;
}

/** Where an entry keeps the computation of its signature until it is read (not enumerable: never copied or serialised). */
const SIGNATURE_OF = Symbol("signature of");

/**
 * `entry.signature`, computed on first read and then stored as a plain property. One getter for all
 * entries: a getter made per review gave every entry its own hidden class, and that class (alive until
 * the next full collection) kept the whole review's data with it: 300 KiB per review that the young
 * generation copied and promoted, a fifth of the review's time.
 */
function lazySignature(this: HistoryEntry & { [SIGNATURE_OF]?: () => number[] }): number[] {
  const signature = this[SIGNATURE_OF]?.() ?? [];
  Object.defineProperty(this, "signature", { value: signature, enumerable: true, writable: true, configurable: true });
  delete this[SIGNATURE_OF];
  return signature;
}

/** Keeps the most severe findings when a file has too many, in source order. */
function capPerFile(findings: Finding[], omitted: Record<string, number>): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_FILE) return findings;
  const ranked = findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => SEVERITY_RANK[y.f.severity] - SEVERITY_RANK[x.f.severity] || x.i - y.i);
  const keep = new Set(ranked.slice(0, MAX_FINDINGS_PER_FILE).map((x) => x.i));
  return findings.filter((f, i) => {
    if (keep.has(i)) return true;
    omitted[f.ruleId] = (omitted[f.ruleId] ?? 0) + 1;
    return false;
  });
}

export function overallScore(checks: Checks): number {
  let sum = 0;
  let weight = 0;
  for (const name of Object.keys(SECTION_WEIGHTS) as CheckName[]) {
    const s = checks[name].score;
    if (s === null) continue;
    sum += s * SECTION_WEIGHTS[name];
    weight += SECTION_WEIGHTS[name];
  }
  return weight === 0 ? 100 : Math.round(sum / weight);
}

export function verdictOf(score: number, findings: readonly Finding[], checks: Checks, config: Config): Verdict {
  if (findings.some((f) => f.severity === "error") || score < config.thresholds.fail) return "fail";
  const sectionFailed = (Object.keys(checks) as CheckName[]).some((k) => checks[k].score !== null && !checks[k].passed);
  if (score < config.thresholds.warn || sectionFailed) return "warn";
  return "pass";
}

/** The first 120 characters of the prose, spaces collapsed; read from the first blocks only. */
function excerpt(doc: Doc): string {
  let flat = "";
  const flatten = (text: string): string => text.replace(/\uFFFC/g, "").replace(/\s+/g, " ").trim();
  for (const b of doc.blocks) {
    // A long block is read from its first 600 characters when they give 120 after flattening (the same first 120).
    const head = b.text.length > 600 ? flatten(b.text.slice(0, 600)) : "";
    const part = head.length > 120 ? head : flatten(b.text);
    if (part !== "") flat = flat === "" ? part : `${flat} ${part}`;
    if (flat.length > 120) break;
  }
  return flat.length <= 120 ? flat : `${flat.slice(0, 119)}…`;
}


/**
 * Two rules that reach the same correction for the same words (« Tout mes » → « Tous » by the
 * « tout » rule and by the agreement rule) make one finding: the first after sorting (higher
 * severity, then rule id) stays.
 */
function dropRepeats(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const f of sorted) {
    const first = f.suggestions?.[0];
    if (first === undefined) {
      out.push(f);
      continue;
    }
    const k = `${f.offset}:${f.length}:${f.check}:${first}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}
