import type { Block, Word } from "../../document/model.js";
import type { Rule } from "../../rule.js";
import { data } from "../../lang/fr/grammar.generated.js";
import { merge, positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";
import { isLetterUnit } from "../../util/text.js";

/** A space of any kind between two parts of a compound. */
const SPACE = /[\s\u00A0\u202F]+/gu;
const SEP = "(?:[\\s\\u00A0\\u202F]+|-)";

type Kind = "hyphen" | "noun" | "spurious";

interface Entry {
  kind: Kind;
  /** The second part, lower case, apostrophes straight: checked on the text before the pattern runs. */
  second: string;
  /** The parts after the first one, as a pattern (separators included). */
  rest: string;
  /** The separators of the right spelling, in order (" " or "-"). */
  seps: string[];
}

const partPattern = (part: string): string => {
  const p = part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]").replace(/œ/g, "(?:œ|oe)");
  // « une demie heure »: the agreed « demie » is one of the errors, the fix gives « demi ».
  return p === "demi" ? "demie?s?" : p;
};

/** First part (apostrophe as ', lower case) → its compounds. */
function index(): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  const add = (kind: Kind, form: string): void => {
    const parts = form.split(/[- ]/);
    const seps = [...form.matchAll(/[- ]/g)].map((m) => m[0]);
    const key = (parts[0] as string).replace(/’/g, "'");
    // A final -s or -x is allowed on the last part (« plus values », « coffres forts »); no right boundary after an apostrophe (« parce qu’ils »).
    const end = form.endsWith("'") ? "" : kind === "spurious" ? "(?![\\p{L}\\p{N}'’-])" : "(?:s|x)?(?![\\p{L}\\p{N}'’-])";
    const rest = parts.slice(1).map((p) => SEP + partPattern(p)).join("") + end;
    const list = map.get(key) ?? [];
    list.push({ kind, rest, seps, second: (parts[1] ?? "").toLowerCase().replace(/’/g, "'") });
    map.set(key, list);
  };
  for (const f of data.hyphenCompounds) add("hyphen", f);
  for (const f of data.hyphenNouns) add("noun", f);
  for (const f of data.spuriousHyphens) add("spurious", f);
  // Longest first, so that « arrière grand mère » wins over « arrière grand ».
  for (const list of map.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  return map;
}

const ENTRIES = index();
/** Elided words (« c' », « d' ») that start a key of ENTRIES (« c'est », « d'ores »). */
const ELIDED_FIRST = new Set([...ENTRIES.keys()].filter((k) => /^[^']+'/u.test(k)).map((k) => k.slice(0, k.indexOf("'") + 1)));
/** Sticky patterns per first part, compiled on first use: `(?:(?<e0>rest0)|(?<e1>rest1)…)` after the first part. */
const STICKY = new Map<string, RegExp>();

function stickyFor(key: string, entries: Entry[]): RegExp {
  let re = STICKY.get(key);
  if (!re) {
    const alts = entries.map((e, i) => `(?<e${i}>${e.rest})`);
    re = new RegExp(`${partPattern(key)}(?:${alts.join("|")})`, "iuy");
    STICKY.set(key, re);
  }
  return re;
}

/** The words that make « face à face », « bien être »… nouns. */
const DETERMINER = /(?:^|[^\p{L}])(?:un|une|le|la|les|des|du|ce|cet|cette|ces|son|sa|ses|mon|ma|mes|ton|ta|tes|notre|nos|votre|vos|leur|leurs|au|aux|quel|quelle|l['’])[\s\u00A0]*$/iu;
/** « lui-même » but « elle, même si », « vous même pas »… */
const AFTER_MEME = /^[\s\u00A0]+(?:si|que|qu['’]|quand|lorsque|pas|plus|sans|avec|pour)(?![\p{L}])/iu;

/** Number words that take hyphens: « vingt-trois », « dix-sept », « quatre-vingt-deux ». */
const UNITS = "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize";
const NUMBER = new RegExp(
  `(?:(?:vingt|trente|quarante|cinquante|soixante)${SEP}(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix${SEP}(?:sept|huit|neuf))|quatre${SEP}vingts?(?:${SEP}(?:${UNITS}|dix${SEP}(?:sept|huit|neuf)))?|dix${SEP}(?:sept|huit|neuf))(?![\\p{L}'’-])`,
  "giu",
);
const NOT_AFTER_NUMBER = /[\p{L}'’-]/u;

const LETTERS = /\p{L}+/uy;
const NEXT_WORD = /[\s\u00A0\u202F-]+([\p{L}'’]+)/uy;

interface Found {
  start: number;
  end: number;
  right: string;
  why: string;
}

const hyphenate = (text: string): string => text.replace(SPACE, "-");

/**
 * The word NEXT_WORD would read after `w`, from the block's next token: null when the
 * token does not settle it (something other than spaces in between, a token that does
 * not start with a letter), and the regular expression then runs.
 */
function nextToken(text: string, w: Word, n: Word | undefined): string | null {
  if (!n || n.start === w.end) return null;
  for (let i = w.end; i < n.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x202f && c !== 0x0a && c !== 0x09) return null;
  }
  const k = n.key ?? n.lower;
  // « chef d’œuvre »: an elision was split off its word, which the pattern reads whole.
  if (n.elided || k.endsWith("'")) return null;
  let end = 0;
  while (end < k.length && (k.charCodeAt(end) === 0x27 || isLetterUnit(k, end))) end++;
  return end > 0 ? k.slice(0, end) : null;
}

// No arrow function inside `tryAt`: one that captures its variables makes V8 allocate a context
// at every call, and `tryAt` runs for every word.
/** Per list of compounds: their distinct second parts, and whether one is a form of « demi » (any form of it then fits). */
const SECONDS = new WeakMap<readonly Entry[], { seconds: string[]; demi: boolean }>();

/** Whether the next word can be the second part of one of the compounds. */
function startsSome(entries: readonly Entry[], next: string): boolean {
  let s = SECONDS.get(entries);
  if (!s) {
    s = { seconds: [...new Set(entries.map((e) => e.second))], demi: entries.some((e) => e.second.startsWith("demi")) };
    SECONDS.set(entries, s);
  }
  if (s.demi && next.startsWith("demi")) return true;
  for (const second of s.seconds) if (next.startsWith(second)) return true;
  return false;
}

/** The index of the entry whose group `e<i>` matched. */
function matchedEntry(groups: Record<string, string | undefined>): number {
  for (const k of Object.keys(groups)) if (groups[k] !== undefined) return Number(k.slice(1));
  return 0;
}

/**
 * The words the per-word step can act on: a first part of a listed compound (« demi » in all its
 * forms: the pattern reads « demie?s? »), an elision that starts one, and any hyphenated word (its
 * first part is looked up). The others cannot start a compound, and are not visited.
 */
const TRIGGERS = triggers([...ENTRIES.keys(), "demie", "demis", "demies", ...ELIDED_FIRST]);

/** `candidates`: indices in `b.words` of the words to try, ascending. */
function scanBlock(b: Block, candidates: readonly number[]): Found[] {
  const text = b.text;
  const out: Found[] = [];
  let covered = 0;
  const words = b.words;
  /** `tokenIndex`: the index of the token `word` is, when it is a whole token (its next token then gives the next word). */
  const tryAt = (pos: number, word: string, tokenIndex = -1): void => {
    let key = word;
    if (pos < covered) return;
    if (key.startsWith("demi") && /^demi[es]+$/u.test(key)) key = "demi";
    const entries = ENTRIES.get(key);
    if (!entries) return;
    // The first part is followed by a space or a hyphen, or the compound is not there.
    const after = text.charCodeAt(pos + word.length);
    if (after !== 0x20 && after !== 0x2d && after !== 0xa0 && after !== 0x202f && after !== 0x0a && after !== 0x09) return;
    // Most first parts (« de », « à », « vous ») start no compound here: look at the next word before running the pattern.
    let next = tokenIndex >= 0 ? nextToken(text, words[tokenIndex] as Word, words[tokenIndex + 1]) : null;
    if (next === null) {
      NEXT_WORD.lastIndex = pos + word.length;
      next = NEXT_WORD.exec(text)?.[1]?.toLowerCase().replace(/’/g, "'") ?? "";
    }
    if (!startsSome(entries, next)) return;
    const re = stickyFor(key, entries);
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m || !m.groups) return;
    const i = matchedEntry(m.groups);
    const entry = entries[i] as Entry;
    const wrong = m[0];
    const end = pos + wrong.length;
    covered = end;
    const tokens = wrong.split(/[\s\u00A0\u202F]+|-/u);
    let right = tokens[0] as string;
    for (let j = 0; j < entry.seps.length; j++) right += (entry.seps[j] as string) + (tokens[j + 1] ?? "");
    right = right.replace(/^(demi)es?(?=-)/iu, "$1");
    if (right === wrong) return;
    if (entry.kind === "noun" && !DETERMINER.test(text.slice(Math.max(0, pos - 12), pos))) return;
    if (/mêmes?$/iu.test(wrong) && AFTER_MEME.test(text.slice(end, end + 12))) return;
    out.push({ start: pos, end, right, why: entry.kind === "spurious" ? "locution sans trait d’union" : entry.kind === "noun" ? "nom composé" : "mot composé" });
  };
  for (const wi of candidates) {
    const w = words[wi] as Word;
    const lower = w.key ?? w.lower;
    if (lower.endsWith("'")) {
      // « c’est à dire », « d’ores-et-déjà »: the tokenizer splits the elision off; the compound starts with it.
      // Only elisions that start a listed compound are looked further (most « l' », « d' » do not).
      if (!ELIDED_FIRST.has(lower)) continue;
      LETTERS.lastIndex = w.end;
      const next = LETTERS.exec(text);
      if (next) tryAt(w.start, lower + next[0].toLowerCase());
      continue;
    }
    const dash = lower.indexOf("-");
    tryAt(w.start, dash > 0 ? lower.slice(0, dash) : lower, dash > 0 ? -1 : wi);
  }
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const prev = text[m.index - 1] ?? "";
    if (prev !== "" && NOT_AFTER_NUMBER.test(prev)) continue;
    const wrong = m[0];
    let right = hyphenate(wrong);
    // « quatre-vingts » loses its -s before another number: « quatre-vingt-deux ».
    right = right.replace(/(vingt)s(?=-)/iu, "$1");
    if (right === wrong) continue;
    if (out.some((f) => f.start < m!.index + wrong.length && m!.index < f.end)) continue;
    out.push({ start: m.index, end: m.index + wrong.length, right, why: "nombre composé" });
  }
  return out;
}

/** Compounds and locutions whose hyphens are missing (« arc en ciel », « vingt trois ») or spurious (« tout-à-fait »). */
export const rule: Rule = {
  id: "grammar/fr-compound-hyphen",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Traits d’union des mots composés : « arc-en-ciel », « c’est-à-dire », « vingt-trois », mais « tout à fait », « parce que ».",
  explanation:
    "French compounds such as « arc-en-ciel », « c'est-à-dire », « au-dessus », « week-end », « lui-même » or « vingt-trois » always take hyphens, and some locutions never do (« tout à fait », « parce que », « d'ores et déjà »). The rule looks up a fixed list of compounds (src/checks/lang/fr/grammar.yml) that have no other reading when written with spaces; those that are also adverbs or verb phrases (« face à face », « bien être », « déjà vu ») are reported only after a determiner (« le face-à-face »), and « peut être », « sang froid » or « compte rendu » are left out. Compound numbers below one hundred are reported too (« dix sept », « quatre vingts deux » → « quatre-vingt-deux »). The fix puts the hyphens in (or takes them out).",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    const perBlock = new Map<Block, number[]>();
    for (const g of merge(positionsOf(doc, ctx, TRIGGERS), index.hyphenated)) {
      const b = index.block[g] as Block;
      const list = perBlock.get(b);
      if (list) list.push(index.inBlock[g] as number);
      else perBlock.set(b, [index.inBlock[g] as number]);
    }
    for (const b of doc.blocks) {
      for (const f of scanBlock(b, perBlock.get(b) ?? [])) {
        const range = b.toSource(f.start, f.end);
        const wrong = b.text.slice(f.start, f.end);
        ctx.report({ range, message: `« ${wrong} » → « ${f.right} » (${f.why}).`, suggestions: [f.right], fix: { range, text: f.right } });
      }
    }
  },
};
