import type { Doc } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Lang, Range } from "../../types.js";
import { COMPANY, isStopword, phraseStems, pronouns, READER, stem, STOPWORD, wordClass } from "./stem.js";

/** A topic's stems must follow each other within this many content words to count as the phrase. */
const PHRASE_GAP = 3;
/** Share of a phrase's (weighted) stems that makes a partial match count as a match. */
const PARTIAL_MATCH = 0.67;

export interface PhraseMatch {
  phrase: string;
  /** 1 = the whole phrase was found; below 1 = that share of its weighted words appear. */
  strength: number;
  ranges: Range[];
}

export interface RelevanceAnalysis {
  hasAudience: boolean;
  topics: PhraseMatch[];
  questions: PhraseMatch[];
  avoided: PhraseMatch[];
  readerCount: number;
  companyCount: number;
  readerFocus: number | null;
  contentWords: number;
  score: number | null;
}

interface ContentWord {
  stem: string;
  range: Range;
}

export function analyzeRelevance(doc: Doc, ctx: RuleContext): RelevanceAnalysis {
  return ctx.memo("relevance", () => compute(doc, ctx));
}

function compute(doc: Doc, ctx: RuleContext): RelevanceAnalysis {
  const lang: Lang = ctx.lang === "fr" ? "fr" : "en";
  const audience = ctx.config.audience;
  const hasAudience = !!audience && audience.topics.length + audience.questions.length > 0;
  const content: ContentWord[] = [];
  // Without topics, questions or « avoid » there is nothing to match: count content words, do not stem them.
  const needStems = hasAudience || (audience?.avoid.length ?? 0) > 0;
  let contentCount = 0;
  let readerCount = 0;
  let companyCount = 0;
  for (const w of doc.words) {
    if (w.kind === "word") {
      // « l' », « qu' »: the elided word without its apostrophe (wordClass ignores it).
      const bits = wordClass(w.lower, lang);
      if (bits & READER) readerCount++;
      else if (bits & COMPANY) companyCount++;
      if (bits & STOPWORD) continue;
      contentCount++;
      if (needStems) {
        const last = w.lower.charCodeAt(w.lower.length - 1);
        content.push({ stem: stem(last === 0x27 || last === 0x2019 ? w.lower.slice(0, -1) : w.lower, lang), range: w.range });
      }
    } else if (w.kind === "hashtag") {
      const text = w.text.slice(1);
      if (pronouns.reader[lang].has(text)) readerCount++;
      else if (pronouns.company[lang].has(text)) companyCount++;
      if (isStopword(text, lang)) continue;
      contentCount++;
      if (needStems) content.push({ stem: stem(text, lang), range: w.range });
    }
  }
  const positions = new Map<string, number[]>();
  content.forEach((c, i) => {
    const list = positions.get(c.stem);
    if (list) list.push(i);
    else positions.set(c.stem, [i]);
  });

  // A stem shared by many topics says less about any one of them (IDF over the audience's own list).
  const phrases = [...(audience?.topics ?? []), ...(audience?.questions ?? [])];
  const df = new Map<string, number>();
  for (const p of phrases) for (const s of new Set(phraseStems(p, lang))) df.set(s, (df.get(s) ?? 0) + 1);
  const weight = (s: string): number => 1 / (df.get(s) ?? 1);

  const match = (phrase: string): PhraseMatch => {
    const stems = phraseStems(phrase, lang);
    if (stems.length === 0) return { phrase, strength: 0, ranges: [] };
    const ranges: Range[] = [];
    for (const start of positions.get(stems[0] as string) ?? []) {
      let at = start;
      let ok = true;
      for (let k = 1; k < stems.length && ok; k++) {
        const next = (positions.get(stems[k] as string) ?? []).find((p) => p > at && p - at <= PHRASE_GAP);
        if (next === undefined) ok = false;
        else at = next;
      }
      if (ok) ranges.push([(content[start] as ContentWord).range[0], (content[at] as ContentWord).range[1]]);
    }
    if (ranges.length > 0) return { phrase, strength: 1, ranges };
    const total = stems.reduce((a, s) => a + weight(s), 0);
    const found = stems.filter((s) => positions.has(s));
    const strength = total === 0 ? 0 : found.reduce((a, s) => a + weight(s), 0) / total;
    return { phrase, strength, ranges: found.map((s) => (content[(positions.get(s) as number[])[0] as number] as ContentWord).range) };
  };

  const topics = (audience?.topics ?? []).map(match);
  const questions = (audience?.questions ?? []).map(match);
  const avoided = (audience?.avoid ?? []).map(match).filter((m) => m.strength === 1);
  const pronounTotal = readerCount + companyCount;
  const readerFocus = pronounTotal >= 3 ? readerCount / pronounTotal : null;

  let score: number | null = null;
  if (hasAudience) {
    const counted = [...topics, ...questions].filter((m) => m.strength >= PARTIAL_MATCH);
    const credit = counted.reduce((a, m) => a + (m.strength === 1 ? 1 : 0.5), 0);
    // Short posts touch one topic; long ones should touch several.
    const target = Math.min(content.length < 80 ? 1 : 3, Math.max(1, topics.length + questions.length));
    const coverage = Math.min(1, credit / target);
    const occurrences = counted.reduce((a, m) => a + m.ranges.length, 0);
    const density = Math.min(1, (occurrences * 100) / Math.max(content.length, 1) / 1.5);
    const topicScore = 100 * (0.75 * coverage + 0.25 * density);
    const focusScore = readerFocus === null ? 60 : 100 * Math.min(1, readerFocus / 0.6);
    score = Math.round(0.75 * topicScore + 0.25 * focusScore - 20 * avoided.length);
    score = Math.max(0, Math.min(100, score));
  }
  return { hasAudience, topics, questions, avoided, readerCount, companyCount, readerFocus, contentWords: contentCount, score };
}
