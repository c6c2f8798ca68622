import type { Block, Doc, Word } from "../document/model.js";
import type { Rule, RuleContext } from "../rule.js";
import type { CheckName, Lang, Severity } from "../types.js";
import type { Entry } from "../lang/schemas/writing.js";
import { escapeRegExp as escape, matchAt } from "../util/text.js";

/**
 * Vale's `existence`/`substitution` extension points as a factory: a rule is a
 * lexicon per language plus a message. Entries are literal phrases matched
 * case-insensitively on word boundaries (`*` stands for one word); an entry's
 * `replace` list becomes suggestions, and a fix when the entry says `fix: true`.
 * Adding a word is a YAML edit, not code.
 */
export interface ExistenceSpec {
  id: string;
  group?: CheckName;
  severity: Severity;
  summary: string;
  explanation: string;
  lexicon: Partial<Record<Lang, readonly Entry[]>>;
  message: (found: string, replace: readonly string[]) => { fr: string; en: string };
}

interface Compiled {
  /** Every phrase: used where no word index helps (a phrase that starts with a wildcard). */
  re: RegExp;
  /**
   * Phrases grouped by their first and second words, each group one sticky
   * pattern. A phrase can only start where a word starts, so the text is not
   * scanned position by position: each word (and, for phrases of several
   * words, the next one) is looked up in a map, and only a hit runs a pattern,
   * which has the last word. Null when a phrase starts with `*` or a sign.
   */
  byFirst: Map<string, { alone: RegExp | null; bySecond: Map<string, RegExp> | null }> | null;
  byKey: Map<string, { replace: string[]; fix: boolean; exceptions: RegExp | null }>;
}

/** Apostrophes and spaces in data match their typographic variants in text. */
const toPattern = (phrase: string): string =>
  escape(phrase)
    .replace(/'/g, "['’]")
    .replace(/ /g, "[\\s\\u00A0\\u202F]+")
    .replace(/\\\*/g, "[\\p{L}\\p{N}'’-]+");
const key = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/[\s\u00A0\u202F]+/g, " ");

function compile(entries: readonly Entry[]): Compiled {
  const byKey: Compiled["byKey"] = new Map();
  const phrases: string[] = [];
  for (const e of entries) {
    const phrase = typeof e === "string" ? e : e.phrase;
    phrases.push(phrase);
    const exceptions = typeof e === "string" || e.exceptions.length === 0 ? null : new RegExp(e.exceptions.map(toPattern).join("|"), "iu");
    byKey.set(key(phrase), { replace: typeof e === "string" ? [] : e.replace, fix: typeof e !== "string" && e.fix, exceptions });
  }
  phrases.sort((a, b) => b.length - a.length);
  // A phrase ending in an elision (« malgré qu' ») runs into the next word; any other ends at a word boundary.
  const pattern = (list: string[], flags: string): RegExp =>
    new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${list.map((p) => (/['’]$/.test(p) ? toPattern(p) : `${toPattern(p)}(?![\\p{L}\\p{N}_-])`)).join("|")})`, flags);
  const groups = new Map<string, { alone: string[]; bySecond: Map<string, string[]> }>();
  let indexable = true;
  for (const phrase of phrases) {
    const [first, second] = phrase.toLowerCase().match(PHRASE_WORDS) ?? [];
    if (!first || first === "*" || !/^[\p{L}\p{M}\p{N}_]/u.test(phrase)) {
      indexable = false;
      continue;
    }
    // The document splits « d'un » into « d' » + « un » (a French elision) but keeps "don't" whole:
    // the phrase is filed under both readings, and the pattern decides.
    const cut = first.search(/['’]/);
    const readings: Array<[string, string | undefined]> = [[first, second]];
    if (cut > 0) readings.push([first.slice(0, cut + 1), first.slice(cut + 1)]);
    for (const [key, next] of readings) {
      for (const k of apostropheVariants(key)) {
        const g = groups.get(k) ?? { alone: [], bySecond: new Map<string, string[]>() };
        groups.set(k, g);
        if (next === undefined || next === "*") g.alone.push(phrase);
        else g.bySecond.set(secondKey(next), [...(g.bySecond.get(secondKey(next)) ?? []), phrase]);
      }
    }
  }
  const byFirst = indexable
    ? new Map(
        [...groups].map(([k, g]) => [
          k,
          {
            alone: g.alone.length > 0 ? pattern(g.alone, "iuy") : null,
            bySecond: g.bySecond.size > 0 ? new Map([...g.bySecond].map(([k2, list]) => [k2, pattern(list, "iuy")] as const)) : null,
          },
        ] as const),
      )
    : null;
  return { re: pattern(phrases, "giu"), byFirst, byKey };
}

const PHRASE_WORDS = /[\p{L}\p{M}\p{N}_]+(?:['’\-‑][\p{L}\p{M}\p{N}]+)*['’]?|\*/gu;
const apostropheVariants = (w: string): string[] => (/['’]/.test(w) ? [w.replace(/’/g, "'"), w.replace(/'/g, "’")] : [w]);
/** The second word is compared up to its first apostrophe, whichever way the document split it. */
function secondKey(w: string): string {
  // Two searches rather than a pattern: this runs for every word of a document that starts a phrase.
  const straight = w.indexOf("'");
  const curly = w.indexOf("’");
  const cut = straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
  return cut < 0 ? w : `${w.slice(0, cut)}'`;
}

type Match = { index: number; found: string };

/** Matches of a lexicon that cannot be indexed by first word (a phrase starts with `*` or a sign): its global pattern. */
function scanWhole(c: Compiled, block: Block): Match[] {
  const out: Match[] = [];
  c.re.lastIndex = 0;
  for (let m = c.re.exec(block.text); m !== null; m = c.re.exec(block.text)) out.push({ index: m.index, found: m[0] });
  return out;
}

type Group = NonNullable<Compiled["byFirst"]> extends Map<string, infer G> ? G : never;

/** Every lexicon rule's compiled lexicon, by registration order: one pass over a block serves them all. */
const REGISTRY: Array<(lang: Lang) => Compiled | undefined> = [];
const COMBINED = new Map<Lang, { size: number; index: Map<string, Array<[number, Group]>>; unindexed: number[] }>();

function combinedFor(lang: Lang): { index: Map<string, Array<[number, Group]>>; unindexed: number[] } {
  const known = COMBINED.get(lang);
  if (known && known.size === REGISTRY.length) return known;
  const index = new Map<string, Array<[number, Group]>>();
  const unindexed: number[] = [];
  REGISTRY.forEach((get, i) => {
    const c = get(lang);
    if (!c) return;
    if (!c.byFirst) {
      unindexed.push(i);
      return;
    }
    for (const [k, g] of c.byFirst) {
      const list = index.get(k) ?? [];
      list.push([i, g]);
      index.set(k, list);
    }
  });
  const built = { size: REGISTRY.length, index, unindexed };
  COMBINED.set(lang, built);
  return built;
}

/**
 * The matches of every lexicon rule in a block, by rule (each rule's phrases in order, without
 * overlap, longer phrases first), in one walk over the words for all rules. A hashtag or mention is
 * looked up without its sign: "#synergy" is the word "synergy".
 */
function matchesAll(lang: Lang, block: Block): Map<number, Match[]> {
  const { index, unindexed } = combinedFor(lang);
  const out = new Map<number, Match[]>();
  const next = new Map<number, number>();
  const words = block.words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const sign = w.kind === "hashtag" || w.kind === "mention" ? 1 : 0;
    const list = index.get(sign ? w.lower.slice(1) : w.lower);
    if (!list) continue;
    const start = w.start + sign;
    const after = words[i + 1];
    const second = after ? secondKey(after.key ?? after.lower) : undefined;
    for (const [si, group] of list) {
      if (start < (next.get(si) ?? 0)) continue;
      const bySecond = group.bySecond && second !== undefined ? group.bySecond.get(second) : undefined;
      const m = (bySecond ? matchAt(bySecond, block.text, start) : null) ?? (group.alone ? matchAt(group.alone, block.text, start) : null);
      if (!m) continue;
      next.set(si, start + m.length);
      const found = out.get(si) ?? [];
      found.push({ index: start, found: m });
      out.set(si, found);
    }
  }
  for (const si of unindexed) {
    const c = REGISTRY[si]?.(lang);
    if (c) out.set(si, scanWhole(c, block));
  }
  return out;
}

export function existence(spec: ExistenceSpec): Rule {
  const compiled = new Map<Lang, Compiled>();
  const get = (lang: Lang): Compiled | undefined => {
    const entries = spec.lexicon[lang];
    if (!entries || entries.length === 0) return undefined;
    let c = compiled.get(lang);
    if (!c) {
      c = compile(entries);
      compiled.set(lang, c);
    }
    return c;
  };
  const langs = Object.keys(spec.lexicon) as Lang[];
  const id = REGISTRY.push(get) - 1;
  return {
    id: spec.id,
    group: spec.group ?? "writing",
    lang: langs.length === 1 ? (langs[0] as Lang) : "any",
    severity: spec.severity,
    summary: spec.summary,
    explanation: spec.explanation,
    enabled: (ctx: RuleContext) => ctx.lang !== "und" && spec.lexicon[ctx.lang] !== undefined,
    check(doc: Doc, ctx: RuleContext) {
      const c = get(ctx.lang as Lang);
      if (!c) return;
      const lang = ctx.lang as Lang;
      const perBlock = ctx.memo(`existence:${lang}`, () => new Map<Block, Map<number, Match[]>>());
      for (const block of doc.blocks) {
        let all = perBlock.get(block);
        if (!all) {
          all = matchesAll(lang, block);
          perBlock.set(block, all);
        }
        for (const m of all.get(id) ?? []) {
          const found = m.found;
          const entry = c.byKey.get(key(found)) ?? [...c.byKey.entries()].find(([k]) => k.includes("*") && new RegExp(`^${toPattern(k)}$`, "iu").test(found))?.[1];
          if (entry?.exceptions) {
            const around = block.text.slice(Math.max(0, m.index - 40), m.index + found.length + 40);
            if (entry.exceptions.test(around)) continue;
          }
          const range = block.toSource(m.index, m.index + found.length);
          const replace = entry?.replace ?? [];
          const fixText = entry?.fix && replace[0] ? matchCase(found, replace[0]) : undefined;
          ctx.report({
            range,
            message: ctx.t(spec.message(found, replace)),
            suggestions: replace.filter((r) => !r.startsWith("(")),
            ...(fixText !== undefined ? { fix: { range, text: fixText } } : {}),
          });
        }
      }
    },
  };
}

/** "In order to" → "To": keep the capital of the first letter. */
function matchCase(found: string, replacement: string): string {
  const first = found[0] ?? "";
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
