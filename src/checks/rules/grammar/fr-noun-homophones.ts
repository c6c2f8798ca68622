import type { Rule } from "../../rule.js";
import type { Sentence, Word } from "../../document/model.js";
import { data } from "../../lang/fr/homophones.generated.js";
import { classOf } from "../../util/fr-morph.js";
import { ADVERBS, AUXILIARIES, ETRE, key, withCaseOf } from "../../util/fr-verbs.js";

const POSSESSIVES = new Set(["mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leur", "leurs"]);
const DETERMINERS = new Set([...POSSESSIVES, "le", "la", "l'", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "quelques", "plusieurs", "chaque", "quel", "quelle", "quels", "quelles"]);
const NUMBERS = new Set(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "mille", "quelques", "plusieurs"]);

/** One word of a pattern: literal words and classes, « ? » optional, « ! » none of them. */
interface Token {
  words: ReadonlySet<string>;
  classes: readonly string[];
  optional: boolean;
  negative: boolean;
  /** « ^ », « $ »: a clause boundary. */
  edge?: "start" | "end";
}

interface Pattern {
  /** The words before the reported one, nearest first. */
  before: readonly Token[];
  after: readonly Token[];
  /** Wrong form → correction. */
  right: ReadonlyMap<string, string>;
  why: string;
}

const CLASSES: Record<string, (w: Word) => boolean> = {
  "@inf": (w) => w.text === w.lower && classOf(w.lower).infinitive && !classOf(w.lower).nominal,
  "@det": (w) => DETERMINERS.has(key(w)),
  "@poss": (w) => POSSESSIVES.has(key(w)),
  "@num": (w) => w.kind === "number" || NUMBERS.has(key(w)),
  "@cap": (w) => /^\p{Lu}/u.test(w.text),
  "@adv": (w) => ADVERBS.has(key(w)),
  "@avoir": (w) => AUXILIARIES.has(key(w)),
  "@etre": (w) => ETRE.has(key(w)),
};

function token(source: string): Token {
  if (source === "^") return { words: new Set(), classes: [], optional: false, negative: false, edge: "start" };
  if (source === "$") return { words: new Set(), classes: [], optional: false, negative: false, edge: "end" };
  const negative = source.startsWith("!");
  const optional = source.endsWith("?");
  const body = source.slice(negative ? 1 : 0, optional ? -1 : undefined);
  const alts = body.split("|");
  const classes = alts.filter((a) => a.startsWith("@"));
  for (const c of classes) if (!CLASSES[c]) throw new Error(`fr-noun-homophones: unknown class ${c}`);
  const edges = alts.filter((a) => a === "$" || a === "^");
  const t: Token = { words: new Set(alts.filter((a) => !a.startsWith("@") && a !== "$" && a !== "^")), classes, optional, negative };
  // « $|a|avait »: the end of the clause or one of the words.
  if (edges.length > 0) return { ...t, optional: true, edge: edges[0] === "$" ? "end" : "start" };
  return t;
}

/** Patterns by the wrong word they report: most words of a text have none. */
const BY_WORD = new Map<string, Pattern[]>();
for (const entry of data.homophones) {
  for (const source of entry.patterns) {
    const parts = source.split(" ");
    const at = parts.findIndex((p) => p.startsWith("["));
    const right = new Map<string, string>();
    for (const alt of (parts[at] as string).slice(1, -1).split("|")) {
      const [wrong, fix] = alt.split(">");
      right.set(wrong as string, fix ?? entry.right);
    }
    const pattern: Pattern = { before: parts.slice(0, at).map(token).reverse(), after: parts.slice(at + 1).map(token), right, why: entry.why };
    for (const wrong of right.keys()) BY_WORD.set(wrong, [...(BY_WORD.get(wrong) ?? []), pattern]);
  }
}

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

/**
 * Homophones that a fixed expression or a neighbour settles: « à la tache »
 * (tâche), « une tâche de chocolat » (tache), « en voix de » (voie), « il vient
 * ver moi » (vers), « tenir comte de » (compte)… The expressions are data in
 * `lang/fr/homophones.yml`.
 */
export const rule: Rule = {
  id: "grammar/fr-noun-homophones",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Homophones qu'une expression figée départage : « se tuer à la tache », « une tâche de chocolat », « sur la bonne voix », « tenir comte de », « au court de », « il vient ver moi »…",
  explanation:
    "Many French nouns sound alike (tache/tâche, voie/voix, compte/conte/comte, cou/coup/coût, cours/court, flan/flanc, pâte/patte, foi/fois/foie…) and the spelling checker accepts both. In a fixed expression or next to a word that fits only one of them, the other is an error: « à la tâche », « la tâche de + infinitif », « une tache de chocolat », « en bonne voie », « à voix basse », « compte tenu de », « au cours de », « à court de », « la façon dont il… », « à flanc de colline », « de bon gré », « la pâte à tarte », « retomber sur ses pattes », « les dés sont jetés », « dès que », « garde du corps », « mourir de faim », « tenir tête », « pas forcément », « en avoir marre », « la chair de poule », « enfant de chœur », « de bonne foi », « trois mois », « censé + infinitif », « avoir l'air de »… The expressions are listed in `lang/fr/homophones.yml`; a word in capitals or a capitalised word inside a sentence (a name: « Don Juan ») is left alone.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as Word;
        const patterns = BY_WORD.get(key(w));
        if (!patterns) continue;
        if ((w.text.length > 1 && w.text === w.text.toUpperCase()) || (i > 0 && w.text !== w.lower)) continue;
        for (const p of patterns) {
          if (!matches(s, p.after, 0, i + 1, 1) || !matches(s, p.before, 0, i - 1, -1)) continue;
          const right = withCaseOf(w.text, p.right.get(key(w)) as string);
          ctx.report({ range: w.range, message: `« ${w.text} » → « ${right} » (${p.why}).`, suggestions: [right], fix: { range: w.range, text: right } });
          break;
        }
      }
    }
  },
};
