/**
 * Scoring of the engine on labeled data. Shared by `npm run eval` (every line,
 * printed per file and per category) and the CI sample test (a fixed sample,
 * asserted against the targets).
 */
import { existsSync, readFileSync } from "node:fs";
import { review, rules, type ConfigInput, type Finding, type Lang } from "../src/checks/index.js";

export const SHARED = new URL("../../shared/eval/", import.meta.url).pathname;
export const OWN = new URL("./data/", import.meta.url).pathname;

/** Writing quality is scored on the writing section only: relevance and promotion have their own sets. */
const WRITING_ONLY: ConfigInput = {
  rules: Object.fromEntries(rules.filter((r) => r.group !== "writing" || r.id.startsWith("document/")).map((r) => [r.id, "off" as const])),
};

export function writingFindings(text: string, lang: Lang): Finding[] {
  return review(text, { format: "text", lang, config: WRITING_ONLY }).findings.filter((f) => f.severity !== "info");
}

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/** Code-point offsets (as Grammalecte counts) to UTF-16 offsets (as JS strings and our findings count). */
export function codePointsToUtf16(text: string, cp: number): number {
  let units = 0;
  let i = 0;
  for (const ch of text) {
    if (i === cp) return units;
    units += ch.length;
    i++;
  }
  return units;
}

export interface SpanScore {
  sentences: number;
  withErrors: number;
  spans: number;
  found: number;
  clean: number;
  falseAlarms: number;
  findings: number;
  truePositives: number;
  byRule: Map<string, { tp: number; fp: number }>;
}

export const emptyScore = (): SpanScore => ({ sentences: 0, withErrors: 0, spans: 0, found: 0, clean: 0, falseAlarms: 0, findings: 0, truePositives: 0, byRule: new Map() });

/** Adds one labeled sentence: `spans` in UTF-16 offsets; an empty list means it must raise nothing. */
export function scoreSentence(s: SpanScore, findings: readonly Finding[], spans: ReadonlyArray<readonly [number, number]>): void {
  s.sentences++;
  const overlaps = (f: Finding, sp: readonly [number, number]): boolean => f.offset < sp[1] && f.offset + Math.max(f.length, 1) > sp[0];
  if (spans.length === 0) {
    s.clean++;
    if (findings.length > 0) s.falseAlarms++;
  } else {
    s.withErrors++;
    s.spans += spans.length;
    for (const sp of spans) if (findings.some((f) => overlaps(f, sp))) s.found++;
  }
  for (const f of findings) {
    s.findings++;
    const tp = spans.some((sp) => overlaps(f, sp));
    if (tp) s.truePositives++;
    const r = s.byRule.get(f.ruleId) ?? { tp: 0, fp: 0 };
    if (tp) r.tp++;
    else r.fp++;
    s.byRule.set(f.ruleId, r);
  }
}

export const recall = (s: SpanScore): number => (s.spans === 0 ? 0 : s.found / s.spans);
export const falseAlarmRate = (s: SpanScore): number => (s.clean === 0 ? 0 : s.falseAlarms / s.clean);
export const precision = (s: SpanScore): number => (s.findings === 0 ? 1 : s.truePositives / s.findings);

interface GrammalecteLine {
  text: string;
  errors: Array<[number, number]>;
  suggestion?: string;
  option?: string;
}

/**
 * Rules about correctness (spelling, grammar, typography, doubled words, broken
 * text) and pleonasms, which usage guides call faults and Grammalecte's tests
 * label as errors: what those tests label. Style rules (long sentences, wordiness,
 * buzzwords, shouting…) are not labeled there and are measured on proselint's
 * examples and our clean paragraphs instead.
 */
export const isCorrectnessRule = (id: string): boolean => /^(spelling|grammar|typography)\//.test(id) || id === "writing/repeated-word" || id === "writing/artifact" || id === "writing/pleonasm";

/** Grammalecte's rule tests in default mode (lines needing an option are left out). `every` samples one line in N. */
export function scoreGrammalecte(every = 1, keep: (ruleId: string) => boolean = () => true): SpanScore | null {
  const path = `${SHARED}fr-grammalecte-tests.jsonl`;
  if (!existsSync(path)) return null;
  const s = emptyScore();
  readJsonl<GrammalecteLine>(path)
    .filter((l) => !l.option)
    .forEach((l, i) => {
      if (i % every !== 0) return;
      const spans = l.errors.map(([a, b]) => [codePointsToUtf16(l.text, a), codePointsToUtf16(l.text, b)] as const);
      scoreSentence(s, writingFindings(l.text, "fr").filter((f) => keep(f.ruleId)), spans);
    });
  return s;
}

export interface FlagScore {
  flagged: number;
  mustFlag: number;
  caught: number;
  mustPass: number;
  falseAlarms: number;
}

export const emptyFlag = (): FlagScore => ({ flagged: 0, mustFlag: 0, caught: 0, mustPass: 0, falseAlarms: 0 });

/** proselint's examples: whole sentences that must or must not be flagged, per check. */
export function scoreProselint(): Map<string, FlagScore> | null {
  const path = `${SHARED}en-proselint-examples.jsonl`;
  if (!existsSync(path)) return null;
  const out = new Map<string, FlagScore>();
  for (const l of readJsonl<{ check: string; text: string; flag: boolean }>(path)) {
    const category = l.check.split(".")[0] as string;
    const s = out.get(category) ?? emptyFlag();
    const flagged = writingFindings(l.text, "en").length > 0;
    if (l.flag) {
      s.mustFlag++;
      if (flagged) s.caught++;
    } else {
      s.mustPass++;
      if (flagged) s.falseAlarms++;
    }
    out.set(category, s);
  }
  return out;
}

export function totalFlags(scores: Iterable<FlagScore>): FlagScore {
  const t = emptyFlag();
  for (const s of scores) {
    t.mustFlag += s.mustFlag;
    t.caught += s.caught;
    t.mustPass += s.mustPass;
    t.falseAlarms += s.falseAlarms;
  }
  return t;
}

/** Our labeled sets (`eval/data/<set>-<lang>.jsonl`): each line names the wrong words; their spans are found in the text. */
function scoreWrongWords(set: string, lang: Lang, keep: (ruleId: string) => boolean): SpanScore {
  const s = emptyScore();
  for (const l of readJsonl<{ text: string; wrong: string[] }>(`${OWN}${set}-${lang}.jsonl`)) {
    const spans = l.wrong.map((w) => {
      const at = l.text.indexOf(w);
      if (at === -1) throw new Error(`eval/data/${set}-${lang}.jsonl: "${w}" not in "${l.text}"`);
      return [at, at + w.length] as const;
    });
    scoreSentence(s, writingFindings(l.text, lang).filter((f) => keep(f.ruleId)), spans);
  }
  return s;
}

/** Our spelling sets, scored on every writing rule. */
export const scoreSpelling = (lang: Lang): SpanScore => scoreWrongWords("spelling", lang, () => true);

/**
 * Our grammar sets: errors typical of marketing posts, written for this project and kept out of rule
 * development (the rules were tuned on Grammalecte's tests), scored on the correctness rules.
 */
export const scoreGrammar = (lang: Lang): SpanScore => scoreWrongWords("grammar", lang, isCorrectnessRule);

/** Clean professional paragraphs: any warning or error is a false alarm. */
export function scoreClean(lang: Lang): SpanScore {
  const s = emptyScore();
  for (const l of readJsonl<{ text: string }>(`${OWN}clean-${lang}.jsonl`)) scoreSentence(s, writingFindings(l.text, lang), []);
  return s;
}

export interface LabelScore {
  total: number;
  correct: number;
  truePos: number;
  falsePos: number;
  falseNeg: number;
}

/** Posts labeled promotional or not: the engine's `checks.selfPromotion.promotional`. */
export function scorePromotion(): LabelScore {
  const s: LabelScore = { total: 0, correct: 0, truePos: 0, falsePos: 0, falseNeg: 0 };
  for (const l of readJsonl<{ lang: Lang; text: string; promotional: boolean; brand?: string[] }>(`${OWN}promotion.jsonl`)) {
    const got = review(l.text, { format: "text", lang: l.lang, config: { brand: { names: l.brand ?? [] } } }).checks.selfPromotion.promotional;
    tally(s, got, l.promotional);
  }
  return s;
}

/** Posts labeled relevant or not to an audience: the engine's `checks.relevance.passed`. */
export function scoreRelevance(): LabelScore {
  const s: LabelScore = { total: 0, correct: 0, truePos: 0, falsePos: 0, falseNeg: 0 };
  for (const l of readJsonl<{ lang: Lang; text: string; topics: string[]; questions?: string[]; relevant: boolean }>(`${OWN}relevance.jsonl`)) {
    const got = review(l.text, { format: "text", lang: l.lang, config: { audience: { topics: l.topics, questions: l.questions ?? [] } } }).checks.relevance.passed;
    tally(s, got, l.relevant);
  }
  return s;
}

function tally(s: LabelScore, got: boolean, want: boolean): void {
  s.total++;
  if (got === want) s.correct++;
  if (got && want) s.truePos++;
  if (got && !want) s.falsePos++;
  if (!got && want) s.falseNeg++;
}

export const labelPrecision = (s: LabelScore): number => (s.truePos + s.falsePos === 0 ? 1 : s.truePos / (s.truePos + s.falsePos));
export const labelRecall = (s: LabelScore): number => (s.truePos + s.falseNeg === 0 ? 1 : s.truePos / (s.truePos + s.falseNeg));
