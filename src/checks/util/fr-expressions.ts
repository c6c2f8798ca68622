import type { Doc, Sentence, Word } from "../document/model.js";
import type { RuleContext } from "../rule.js";
import { classOf } from "./fr-morph.js";
import { ADVERBS, AUXILIARIES, ETRE, key, withCaseOf } from "./fr-verbs.js";
import { positionsOf, triggers, wordIndex, type Triggers } from "./fr-word-index.js";

/*
 * Fixed expressions with one wrong word, matched on a sentence's words (the
 * syntax is described in `lang/schemas/homophones.ts`): « à la [tache] »,
 * « entre @cap [est] @cap ». Patterns are indexed by their wrong word, so a
 * text costs one map lookup per word.
 */

const POSSESSIVES = new Set(["mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leur", "leurs"]);
const DETERMINERS = new Set([...POSSESSIVES, "le", "la", "l'", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "quelques", "plusieurs", "chaque", "quel", "quelle", "quels", "quelles"]);
const NUMBERS = new Set(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "mille"]);

/** One word of a pattern: literal words and classes, « ? » optional, « ! » none of them. */
interface Token {
  words: ReadonlySet<string>;
  classes: readonly string[];
  optional: boolean;
  negative: boolean;
  /** « ^ », « $ »: a clause boundary. */
  edge?: "start" | "end";
}

export interface Pattern {
  /** The words before the reported one, nearest first. */
  before: readonly Token[];
  after: readonly Token[];
  /** Whether the words after are the cheaper test (a literal word or a boundary nearer the reported one). */
  afterFirst: boolean;
  /** Wrong form → correction. */
  right: ReadonlyMap<string, string>;
  why: string;
}

/** The first letter is a capital (compared with the lower-cased text: no allocation). */
const capitalised = (w: Word): boolean => w.text.charCodeAt(0) !== w.lower.charCodeAt(0);

const CLASSES: Record<string, (w: Word) => boolean> = {
  "@inf": (w) => w.text === w.lower && classOf(w.lower).infinitive && !classOf(w.lower).nominal,
  "@det": (w) => DETERMINERS.has(key(w)),
  "@poss": (w) => POSSESSIVES.has(key(w)),
  "@num": (w) => w.kind === "number" || NUMBERS.has(key(w)),
  "@cap": (w) => capitalised(w),
  "@adv": (w) => ADVERBS.has(key(w)),
  "@avoir": (w) => AUXILIARIES.has(key(w)),
  "@etre": (w) => ETRE.has(key(w)),
  /** Any word. */
  "@w": () => true,
  /** A noun or adjective in the plural (« plats », « rustres »). */
  "@npl": (w) => w.text === w.lower && /[sx]$/u.test(w.lower) && classOf(w.lower).nominal && !classOf(w.lower).infinitive,
  /** A past participle (« cinglé », « fatiguée »). */
  "@pp": (w) => w.text === w.lower && classOf(w.lower).participle && !classOf(w.lower).finite,
  /** A capitalised word the dictionary does not know as a common word: a name (« Pauline »). */
  "@name": (w) => {
    if (!capitalised(w)) return false;
    const c = classOf(w.lower);
    return !c.nominal && !c.finite && !c.infinitive && !c.participle && !c.entry;
  },
};

function token(source: string): Token {
  if (source === "^") return { words: new Set(), classes: [], optional: false, negative: false, edge: "start" };
  if (source === "$") return { words: new Set(), classes: [], optional: false, negative: false, edge: "end" };
  const negative = source.startsWith("!");
  const optional = source.endsWith("?");
  const body = source.slice(negative ? 1 : 0, optional ? -1 : undefined);
  const alts = body.split("|");
  const classes = alts.filter((a) => a.startsWith("@"));
  for (const c of classes) if (!CLASSES[c]) throw new Error(`fr-expressions: unknown class ${c}`);
  const edges = alts.filter((a) => a === "$" || a === "^");
  const t: Token = { words: new Set(alts.filter((a) => !a.startsWith("@") && a !== "$" && a !== "^")), classes, optional, negative };
  // « $|a|avait »: the end of the clause or one of the words.
  if (edges.length > 0) return { ...t, optional: true, edge: edges[0] === "$" ? "end" : "start" };
  return t;
}

export interface ExpressionEntry {
  right: string;
  why: string;
  patterns: readonly string[];
}

/** How far from the reported word a side first tests a literal word or a clause boundary (no dictionary lookup): the nearer, the cheaper that side fails. */
function cheapAt(tokens: readonly Token[]): number {
  const i = tokens.findIndex((t) => t.edge !== undefined || (t.classes.length === 0 && !t.optional && !t.negative));
  return i < 0 ? tokens.length + 1 : i;
}

/** Patterns by the wrong word they report: most words of a text have none. */
export type Expressions = ReadonlyMap<string, readonly Pattern[]>;

export function compileExpressions(entries: readonly ExpressionEntry[]): Expressions {
  const byWord = new Map<string, Pattern[]>();
  for (const entry of entries) {
    for (const source of entry.patterns) {
      const parts = source.split(" ");
      const at = parts.findIndex((p) => p.startsWith("["));
      const right = new Map<string, string>();
      for (const alt of (parts[at] as string).slice(1, -1).split("|")) {
        const [wrong, fix] = alt.split(">");
        right.set(wrong as string, fix ?? entry.right);
      }
      const before = parts.slice(0, at).map(token).reverse();
      const after = parts.slice(at + 1).map(token);
      const pattern: Pattern = { before, after, afterFirst: cheapAt(after) <= cheapAt(before), right, why: entry.why };
      // Indexed under both apostrophes, so that a text's word is looked up as it is.
      for (const wrong of right.keys()) for (const form of new Set([wrong, wrong.replace(/'/g, "’")])) byWord.set(form, [...(byWord.get(form) ?? []), pattern]);
    }
  }
  WORDS.set(byWord, triggers(byWord.keys()));
  return byWord;
}

/** Each compiled table's wrong words, found through the shared word index. */
const WORDS = new WeakMap<Expressions, Triggers>();

/** Only spaces between two words: no punctuation breaks the expression. */
function joined(s: Sentence, a: Word, b: Word): boolean {
  for (let i = a.end - s.start; i < b.start - s.start; i++) {
    const c = s.text.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 0x202f && c !== 9 && c !== 10) return false;
  }
  return true;
}

const fits = (t: Token, w: Word): boolean => t.words.has(key(w)) || t.classes.some((c) => (CLASSES[c] as (w: Word) => boolean)(w));

/** Tokens from `ti` on match words from `wi` on (`step` 1: rightwards, -1: leftwards from the reported word). */
function matches(s: Sentence, tokens: readonly Token[], ti: number, wi: number, step: 1 | -1): boolean {
  if (ti === tokens.length) return true;
  const t = tokens[ti] as Token;
  const w = s.words;
  const prev = w[wi - step] as Word;
  const next = w[wi];
  const present = next !== undefined && (step === 1 ? joined(s, prev, next) : joined(s, next, prev));
  if (t.edge && !present) return matches(s, tokens, ti + 1, wi, step);
  if (t.negative) return (!present || !fits(t, next)) && matches(s, tokens, ti + 1, wi, step);
  if (present && fits(t, next) && matches(s, tokens, ti + 1, wi + step, step)) return true;
  return t.optional && !t.edge ? matches(s, tokens, ti + 1, wi, step) : false;
}

/** Reports each word that an expression shows to be wrong, with its correction as a fix. */
export function reportExpressions(doc: Doc, ctx: RuleContext, expressions: Expressions): void {
  const index = wordIndex(doc, ctx);
  for (const g of positionsOf(doc, ctx, WORDS.get(expressions) as Triggers)) {
    const s = index.sentence[g];
    if (!s) continue;
    const words = s.words;
    const i = index.inSentence[g] as number;
    const w = words[i] as Word;
    const patterns = expressions.get(w.lower);
    if (!patterns) continue;
    // Words in capitals (acronyms) and capitalised words inside a sentence (names: « Don Juan ») are left alone.
    if (w.text !== w.lower && (i > 0 || (w.text.length > 1 && w.text === w.text.toUpperCase()))) continue;
    for (const p of patterns) {
      const ok = p.afterFirst ? matches(s, p.after, 0, i + 1, 1) && matches(s, p.before, 0, i - 1, -1) : matches(s, p.before, 0, i - 1, -1) && matches(s, p.after, 0, i + 1, 1);
      if (!ok) continue;
      let right = withCaseOf(w.text, p.right.get(key(w)) as string);
      // « s'en », « l'âme »: the apostrophe the text uses.
      if (right.includes("'") && doc.source.includes("’")) right = right.replace(/'/g, "’");
      ctx.report({ range: w.range, message: `« ${w.text} » → « ${right} » (${p.why}).`, suggestions: [right], fix: { range: w.range, text: right } });
      break;
    }
  }
}
