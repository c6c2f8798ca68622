import type { Doc, Sentence, Word } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Range } from "../../types.js";
import { data as en } from "../../lang/en/promotion.generated.js";
import { data as fr } from "../../lang/fr/promotion.generated.js";
import { data as enAcronyms } from "../../lang/en/acronyms.generated.js";
import { data as frAcronyms } from "../../lang/fr/acronyms.generated.js";
import { signalNames } from "../../lang/schemas/promotion.js";
import { AlternationMatcher, escapeRegExp as escape, forEachMatchAfterBoundary, hostOf } from "../../util/text.js";

export type Signal = (typeof signalNames)[number] | "brand" | "ownLink" | "shouting" | "hashtags" | "emoji";

/**
 * How much one occurrence of each signal says "this sentence sells". A
 * sentence is promotional at 1: a discount, a promo code, a contest, bait or
 * spam alone is enough; a brand mention, urgency or a call to act needs
 * company. Tuned on eval/data/promotion-*.jsonl.
 */
export const SIGNAL_WEIGHT: Record<Signal, number> = {
  offer: 1,
  promoCode: 1,
  contest: 1,
  engagementBait: 1,
  spam: 1,
  selfPraise: 0.75,
  urgency: 0.5,
  callToBuy: 0.5,
  brand: 0.5,
  ownLink: 0.75,
  shouting: 0.5,
  hashtags: 0.5,
  emoji: 0.5,
};

/** Post verdict: promotional when this share of sentences promotes, or when the signals add up to this much (in at least half that share). */
export const PROMOTIONAL_SHARE = 0.3;
export const PROMOTIONAL_WEIGHT = 3;
export const MAX_HASHTAGS_IN_SENTENCE = 3;

export interface SignalHit {
  signal: Signal;
  range: Range;
  text: string;
}

export interface SentenceSignals {
  sentence: Sentence;
  hits: SignalHit[];
  weight: number;
  promotional: boolean;
}

export interface PromotionAnalysis {
  sentences: SentenceSignals[];
  promoShare: number;
  totalWeight: number;
  promotional: boolean;
  counts: Record<string, number>;
}

/** The right word boundary is in the pattern; the left one is checked by `forEachMatchAfterBoundary`. */
const bound = (p: string): string => `(?:${p})(?![\\p{L}\\p{N}])`;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * One pattern per language, one named group per signal: a single pass over
 * each sentence. The left word boundary is checked on each match, and the
 * pattern is only tried where a word's first letters can start one of its
 * phrases (see AlternationMatcher): V8 would try its ~100 alternatives at
 * every position.
 */
const combined = (data: typeof en): AlternationMatcher => {
  // Longer patterns first: in an alternation the first that matches wins ("like and share" before "like").
  const bySignal = signalNames.map((n) => [...data.signals[n]].sort((a, b) => b.length - a.length));
  const pattern = new RegExp(`(?:${signalNames.map((n, s) => `(?<${n}>${(bySignal[s] as string[]).map((p) => `(?:${p})`).join("|")})`).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return new AlternationMatcher(pattern, bySignal.flat(), WORD_CHAR);
};
/** Built on first use: a process that reviews one language does not pay for the other. */
const MATCHERS: Partial<Record<"en" | "fr", AlternationMatcher>> = {};
const matcherFor = (lang: "en" | "fr"): AlternationMatcher => (MATCHERS[lang] ??= combined(lang === "en" ? en : fr));
export const ACRONYMS = new Set([...enAcronyms.acronyms, ...frAcronyms.acronyms]);
const EMOJI = /\p{Extended_Pictographic}/gu;
/**
 * Every emoji is ©, ® or a character from U+203C on (astral ones are surrogate
 * pairs, from U+D800): this test without Unicode classes, ten times faster,
 * tells which sentences may hold one.
 */
const MAY_HOLD_EMOJI = /[\u00a9\u00ae\u203c-\uffff]/;

const UPPER = /\p{Lu}/u;

/** Words in capitals of three letters or more that are not acronyms, in runs of two or more (or one of six+ letters). */
export function shoutingRuns(sentence: Sentence, ctx: RuleContext): Array<{ start: number; end: number }> {
  // Both the shouting rule and the promotion analysis ask, for every sentence: once per review (a review's
  // map, not a module-level WeakMap, whose entries kept each review's sentences alive until a full collection).
  const perSentence = ctx.memo("promotion:shouting-runs", () => new Map<Sentence, Array<{ start: number; end: number }>>());
  let runs = perSentence.get(sentence);
  if (!runs) {
    runs = computeShoutingRuns(sentence);
    perSentence.set(sentence, runs);
  }
  return runs;
}

/** In capitals: has an upper-case letter and no lower-case one. A word equal to its lower case (most words) is not. */
const isCaps = (text: string, lower: string): boolean => text !== lower && !changesInUpperCase(text) && UPPER.test(text);

/** `text !== text.toUpperCase()`, without building the upper case when an ASCII letter answers (most words). */
function changesInUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
    if (c >= 0x80) return text !== text.toUpperCase();
  }
  return false;
}

function computeShoutingRuns(sentence: Sentence): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = [];
  const words = sentence.words;
  // A sentence all in capitals is a title or a sign, not shouting inside prose.
  if (!hasLowerCaseWord(words)) return runs;
  // The current run of shouted words (n = 0: none). Plain variables and loops: this runs for every sentence.
  let start = 0;
  let end = 0;
  let n = 0;
  let longest = 0;
  for (let i = 0; i <= words.length; i++) {
    const w = words[i];
    // A promo code is written in capitals by convention: "code SPRING" is not shouting.
    const afterCode = i > 0 && words[i - 1]?.lower === "code";
    const caps = w !== undefined && !afterCode && w.kind === "word" && w.text.length >= 3 && isCaps(w.text, w.lower) && !w.text.includes("NUM") && !ACRONYMS.has(w.text);
    if (caps) {
      if (n === 0) start = w.start;
      end = w.end;
      n++;
      longest = Math.max(longest, w.text.length);
      continue;
    }
    // A short acronym or a number between shouted words does not end the run ("SAVE 40% NOW").
    if (w !== undefined && !afterCode && n > 0 && (w.kind === "number" || ACRONYMS.has(w.text))) continue;
    if (n >= 2 || longest >= 6) runs.push({ start, end });
    n = 0;
    longest = 0;
  }
  return runs;
}

function hasLowerCaseWord(words: readonly Word[]): boolean {
  for (const w of words) if (w.kind === "word" && changesInUpperCase(w.text)) return true;
  return false;
}

export function analyzePromotion(doc: Doc, ctx: RuleContext): PromotionAnalysis {
  return ctx.memo("promotion", () => compute(doc, ctx));
}

function compute(doc: Doc, ctx: RuleContext): PromotionAnalysis {
  const langs = ctx.lang === "und" ? (["en", "fr"] as const) : ([ctx.lang] as const);
  const brandNames = ctx.config.brand.names;
  const brand = brandNames.length > 0 ? new RegExp(brandNames.map((n) => bound(escape(n))).join("|"), "giu") : null;
  const domains = ctx.config.brand.domains.map((d) => d.toLowerCase().replace(/^https?:\/\//, "").replace(/\/.*$/, ""));
  const ownLinks = doc.links.filter((l) => {
    const host = hostOf(l.url);
    return host !== null && domains.some((d) => host === d || host.endsWith(`.${d}`));
  });
  const counts: Record<string, number> = {};
  const sentences: SentenceSignals[] = [];
  for (const sentence of doc.sentences) {
    const hits: SignalHit[] = [];
    const text = sentence.text;
    // Plain loops, no closure per sentence: this runs for every sentence of every review.
    for (const lang of langs) {
      const matcher = matcherFor(lang);
      for (let m = matcher.exec(text); m !== null; m = matcher.exec(text, m.index + m[0].length)) {
        const name = signalOf(m);
        if (name) hits.push(hitAt(sentence, name, m.index, m.index + m[0].length));
      }
    }
    if (brand) {
      forEachMatchAfterBoundary(brand, text, WORD_CHAR, (m) => hits.push(hitAt(sentence, "brand", m.index, m.index + m[0].length)));
    }
    for (const link of ownLinks) {
      if (link.range[0] >= sentence.range[0] && link.range[0] < sentence.range[1]) {
        hits.push({ signal: "ownLink", range: link.range, text: doc.source.slice(link.range[0], link.range[1]) });
      }
    }
    for (const run of shoutingRuns(sentence, ctx)) hits.push(hitAt(sentence, "shouting", run.start - sentence.start, run.end - sentence.start));
    // A hashtag starts with "#": the words of sentences without one are not read.
    let hashtags = 0;
    if (text.includes("#")) for (const w of sentence.words) if (w.kind === "hashtag") hashtags++;
    if (hashtags > MAX_HASHTAGS_IN_SENTENCE) {
      const first = sentence.words.find((w) => w.kind === "hashtag");
      const last = sentence.words.findLast((w) => w.kind === "hashtag");
      if (first && last) hits.push({ signal: "hashtags", range: [first.range[0], last.range[1]], text: `${hashtags} hashtags` });
    }
    if (MAY_HOLD_EMOJI.test(text) && (text.match(EMOJI)?.length ?? 0) >= 4) hits.push(hitAt(sentence, "emoji", 0, text.length));
    const weight = hits.length === 0 ? 0 : dedupeWeight(hits);
    for (const h of hits) counts[h.signal] = (counts[h.signal] ?? 0) + 1;
    sentences.push({ sentence, hits, weight, promotional: weight >= 1 });
  }
  const promoCount = sentences.filter((s) => s.promotional).length;
  const promoShare = sentences.length === 0 ? 0 : promoCount / sentences.length;
  const totalWeight = sentences.reduce((a, s) => a + s.weight, 0);
  return {
    sentences,
    promoShare,
    totalWeight,
    // Strong signals adding up only count when they are not a drop in a long text.
    promotional: promoShare >= PROMOTIONAL_SHARE || (totalWeight >= PROMOTIONAL_WEIGHT && promoShare >= PROMOTIONAL_SHARE / 2),
    counts,
  };
}

/** The signal whose named group matched. */
function signalOf(m: RegExpExecArray): Signal | undefined {
  for (const n of signalNames) if (m.groups?.[n] !== undefined) return n;
  return undefined;
}

/** A hit on [start, end) of the sentence's text. */
function hitAt(sentence: Sentence, signal: Signal, start: number, end: number): SignalHit {
  return { signal, range: sentence.block.toSource(sentence.start + start, sentence.start + end), text: sentence.text.slice(start, end) };
}

/** A signal counts once per sentence: "50 % off, 30 % off" is one offer. */
function dedupeWeight(hits: readonly SignalHit[]): number {
  const seen = new Set<Signal>();
  let w = 0;
  for (const h of hits) {
    if (seen.has(h.signal)) continue;
    seen.add(h.signal);
    w += SIGNAL_WEIGHT[h.signal];
  }
  return w;
}

export const SIGNAL_LABEL: Record<Signal, { fr: string; en: string }> = {
  offer: { fr: "offre ou prix", en: "offer or price" },
  promoCode: { fr: "code promo", en: "promo code" },
  contest: { fr: "jeu-concours", en: "contest" },
  urgency: { fr: "urgence", en: "urgency" },
  callToBuy: { fr: "appel à acheter", en: "call to buy" },
  engagementBait: { fr: "appât à interactions", en: "engagement bait" },
  selfPraise: { fr: "autopromotion", en: "self-praise" },
  spam: { fr: "vocabulaire de spam", en: "spam wording" },
  brand: { fr: "nom de marque", en: "brand name" },
  ownLink: { fr: "lien vers votre site", en: "link to your site" },
  shouting: { fr: "majuscules", en: "capitals" },
  hashtags: { fr: "hashtags en série", en: "hashtag stuffing" },
  emoji: { fr: "émojis en série", en: "emoji stuffing" },
};
