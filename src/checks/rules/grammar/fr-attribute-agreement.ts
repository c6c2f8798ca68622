import type { Rule, RuleContext } from "../../rule.js";
import type { Block, Doc, Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { data } from "../../lang/fr/verbs.generated.js";
import { classOf } from "../../util/fr-morph.js";
import { ADVERBS, AUXILIARIES, ETRE, key } from "../../util/fr-verbs.js";
import { PLURAL_DETERMINERS, SINGULAR_DETERMINERS, adjacent } from "../../util/fr-nominal-group.js";
import { merge, positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

type Num = "sing" | "plur";
type Gender = "masc" | "fem" | null;

/** Conjugated forms of « être » and of the linking verbs: the attribute follows. */
const LINKING = new Set([...ETRE, ...data.linking, ...data.attributeLinking].filter((f) => f !== "été"));
const INFINITIVES = new Set(data.attributeInfinitives);
const CHAIN: Record<"" | "de" | "à", ReadonlySet<string>> = { "": new Set(data.attributeChainBare), de: new Set(data.attributeChainDe), à: new Set(data.attributeChainA) };
const PRONOMINAL = new Set(data.attributePronominal);
/** Pronominal verbs that also take a noun object (« ils se font confiance », « ils se tiennent compagnie »): only adjectives and participles are judged after them. */
const PRONOMINAL_OBJECT = new Set(["faire", "tenir", "dire", "trouver"]);
const NOT_ATTRIBUTES = new Set(data.notAttributes);
/** Participles of linking verbs after an auxiliary (« ils ont été », « elle est devenue »): the attribute follows them. */
const PARTICIPLES = new Map<string, "avoir" | "être">([
  ["été", "avoir"], ["paru", "avoir"], ["semblé", "avoir"], ["resté", "être"], ["restée", "être"], ["restés", "être"], ["restées", "être"], ["demeuré", "être"], ["demeurée", "être"], ["demeurés", "être"], ["demeurées", "être"],
  ["devenu", "être"], ["devenue", "être"], ["devenus", "être"], ["devenues", "être"], ["redevenu", "être"], ["redevenue", "être"], ["redevenus", "être"], ["redevenues", "être"],
]);
/** Adjectives after which « de » + a linking infinitive keeps the same subject (« ils semblent susceptibles d'être choisis »). */
const BRIDGES = new Set(["susceptible", "susceptibles", "capable", "capables", "incapable", "incapables", "loin"]);
/** « censé », « supposé », « réputé » + « être »: group 1 the feminine -e, group 2 the plural -s. */
const SUPPOSED = /^(?:censé|supposé|réputé|présumé)(e?)(s?)$/u;
const NEGATION = new Set(["ne", "n'", "pas", "plus", "jamais", "guère", "point", "nullement", "aucunement"]);
/** Intensifiers before an attribute: « il est si fragile ». */
const INTENSIFIERS = new Set([...ADVERBS, ...NEGATION, "si", "très", "trop", "aussi", "tellement", "vraiment", "assez", "peu", "fort", "bien", "plutôt", "moins", "plus", "toujours", "parfois", "souvent", "encore", "déjà", "tant", "hélas", "ici", "alors", "désormais", "pourtant", "cependant", "donc", "également", "particulièrement"]);
const CLITICS = new Set(["ne", "n'", "y", "en", "me", "m'", "te", "t'", "se", "s'", "nous", "vous", "lui", "leur", "le", "la", "les", "l'"]);
const REFLEXIVE = new Map<string, string>([["se", "3"], ["s'", "3"], ["me", "je"], ["m'", "je"], ["te", "tu"], ["t'", "tu"], ["nous", "nous"]]);
const NOT_BEFORE_SUBJECT = new Set(["et", "ou", "ni", "d'", "de", "en", "à", "avec", "pour", "chez", "sans", "par", "sur", "sous", "contre", "entre", "vers", "après", "avant", "selon", "comme", "que", "qu'", "autour", "près", "loin", "dont", "du", "des", "au", "aux"]);
const COORDINATION = new Set(["et", "ou"]);
/** « celui », « celle », « ceux », « celles » right before a participle (« ceux envoyés là-bas »). */
const DEMONSTRATIVES = new Map<string, Agreement["gender"]>([["celui", "masc"], ["celle", "fem"], ["ceux", "masc"], ["celles", "fem"]]);
const TRIGGERS = new Map<string, 1 | 2 | 3>([
  ...[...LINKING, ...INFINITIVES, ...PARTICIPLES.keys()].map((f): [string, 1] => [f, 1]),
  ...[...REFLEXIVE.keys()].map((f): [string, 2] => [f, 2]),
  ...[...DEMONSTRATIVES.keys()].map((f): [string, 3] => [f, 3]),
]);
const QUE = new Set(["que", "qu'"]);
/** Words after an attribute that it does not qualify, though the dictionary also files them as nouns (« dans » / « dan »). */
const FUNCTION_WORDS = new Set(["dans", "sur", "sous", "pour", "par", "avec", "sans", "chez", "vers", "entre", "contre", "depuis", "pendant", "devant", "derrière", "après", "avant", "comme", "que", "qu'", "si", "mais", "car", "donc", "puis", "à", "au", "aux", "de", "du", "des", "d'", "en", "y", "le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes", "leur", "leurs", "notre", "nos", "votre", "vos", "quand", "lorsque", "parce", "pas", "plus", "jamais", "toujours", "encore", "aussi", "très", "trop", "bien", "mal", "là", "ici", "hier", "demain", "aujourd'hui", "maintenant", "alors", "ensuite"]);
const DETERMINERS = new Set([...PLURAL_DETERMINERS, ...SINGULAR_DETERMINERS, "d'", "aux", "leur", "quel", "quelle", "quels", "quelles"]);
/** Colours with a complement stay invariable (« des cheveux noir de jais »). */
const COLOURS = new Set(["noir", "blanc", "bleu", "rouge", "vert", "jaune", "gris", "brun", "rose", "violet", "orange", "noire", "blanche", "bleue", "verte", "brune", "violette"]);

interface Subject {
  num: Num | null;
  gender: Gender;
  /** « je », « tu », « nous »: the reflexive pronoun that goes with it. */
  person: string;
}
const S = (num: Num | null, gender: Gender, person = "3"): Subject => ({ num, gender, person });
const SUBJECTS = new Map<string, Subject | "skip">([
  ["je", S("sing", null, "je")], ["j'", S("sing", null, "je")], ["tu", S("sing", null, "tu")], ["il", S("sing", "masc")], ["elle", S("sing", "fem")],
  ["ils", S("plur", "masc")], ["elles", S("plur", "fem")], ["nous", S("plur", null, "nous")], ["iel", S("sing", null)], ["iels", S("plur", null)],
  ["on", "skip"], ["vous", "skip"],
  ["celui", S("sing", "masc")], ["celui-ci", S("sing", "masc")], ["celui-là", S("sing", "masc")], ["celle", S("sing", "fem")], ["celle-ci", S("sing", "fem")], ["celle-là", S("sing", "fem")],
  ["ceux", S("plur", "masc")], ["ceux-ci", S("plur", "masc")], ["ceux-là", S("plur", "masc")], ["celles", S("plur", "fem")], ["celles-ci", S("plur", "fem")], ["celles-là", S("plur", "fem")],
  ["lequel", S("sing", "masc")], ["laquelle", S("sing", "fem")], ["lesquels", S("plur", "masc")], ["lesquelles", S("plur", "fem")], ["eux", S("plur", "masc")],
  ["cela", S("sing", null)], ["ça", S("sing", null)], ["ceci", S("sing", null)], ["c'", S("sing", null)], ["ce", S("sing", null)],
]);
const PERSONAL = new Set(["je", "j'", "tu", "il", "elle", "ils", "elles"]);
/** Antecedents of « qui » that tell its gender (« celles qui », « elles qui »). */
const ANTECEDENTS = new Set(["celui", "celle", "ceux", "celles", "celui-ci", "celui-là", "celle-ci", "celle-là", "ceux-ci", "ceux-là", "celles-ci", "celles-là", "eux", "elle", "elles"]);
/** Singular indefinite pronouns: a plural verb after them is the verb's error (« rien qui soient »). */
const INDEFINITE = new Set(["rien", "chacun", "chacune", "quelqu'un", "quelqu'une", "personne", "aucun", "aucune", "nul", "nulle", "tout"]);
const INVERTED = /^([\p{Ll}âêîôûéèëïç]+)(?:-t)?-(je|tu|il|elle|on|nous|vous|ils|elles|iel|iels)$/u;

/** The verb of a word, without an inverted subject (« sont-ils » → « sont », « ils »). */
function split(w: Word): { verb: string; subject: string | null } {
  const k = key(w);
  const m = k.includes("-") ? INVERTED.exec(k) : null;
  return m ? { verb: m[1] as string, subject: m[2] as string } : { verb: k, subject: null };
}

/** The number a conjugated form shows: « sont » plural, « semble » singular, « êtes » (vous, maybe one person) nothing. */
function verbNumber(form: string): { num: Num; person: string } | null {
  if (/(?:ez|êtes|âtes|îtes|ûtes)$/u.test(form)) return null;
  if (/(?:ons|mes)$/u.test(form)) return { num: "plur", person: "nous" };
  if (/ont$/u.test(form)) return { num: "plur", person: "3" };
  if (/ent$/u.test(form) && !/(?:vient|tient)$/u.test(form) && !["sent", "ressent", "pressent", "consent", "ment", "dément", "repent"].includes(form)) return { num: "plur", person: "3" };
  return { num: "sing", person: /[sx]$/u.test(form) ? "je" : "3" };
}

/** Loops rather than callbacks: this runs for every linking verb of a text. */
function shares(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}
function inSet(a: readonly string[], set: ReadonlySet<string>): string | null {
  for (const x of a) if (set.has(x)) return x;
  return null;
}

function related(a: string, b: string): boolean {
  if (a === b || !isKnown(b, "fr")) return false;
  const ca = classOf(a);
  const cb = classOf(b);
  return shares(ca.nominalRoots, cb.nominalRoots) || shares(ca.verbRoots, cb.verbRoots);
}
function first(a: string, ...cands: string[]): string | null {
  for (const c of cands) if (related(a, c)) return c;
  return null;
}

/**
 * The masculine of a feminine singular in -e (« contente » → « content », « partie » → « parti »), or null.
 * An entry of its own is epicene unless both are participles of one verb (« avare » is not the feminine of « avar »).
 */
function masculineOf(fs: string): string | null {
  const ms = fs.slice(0, -1);
  if (/e$/u.test(ms) || !related(fs, ms)) return null;
  const c = classOf(fs);
  if (!c.entry) return ms;
  return shares(c.verbRoots, classOf(ms).verbRoots) ? ms : null;
}

/** A word of the attribute kind: an adjective or a participle. Nouns without a feminine are judged only when they make an adverb in -ment or end like adjectives (« faible », « humble », « classique »), not « ils sont légion », « nous sommes devenus néant ». */
function adjectival(a: string, p: Paradigm): boolean {
  const c = classOf(a);
  if (c.infinitive) return false;
  if (c.gendered || c.participle) return true;
  // Participles of irregular verbs are filed as verb forms (« surpris », « conquis »).
  if (!c.nominal) return c.finite;
  const ms = p.ms ?? p.fs;
  if (!ms) return false;
  return isKnown(`${ms}ment`, "fr") || /(?:[aiu]ble|ique)$/u.test(ms);
}

interface Paradigm {
  ms: string | null;
  fs: string | null;
  mp: string | null;
  fp: string | null;
  /** The cell of the word itself. */
  num: Num | "both";
  gender: Gender | "both";
}

/** The four forms of an adjective or participle, from one of them, as far as the dictionary tells them (« contentes » → content, contente, contents, contentes). */
function paradigm(a: string): Paradigm | null {
  const c = classOf(a);
  if (!c.nominal && !c.participle && !c.finite) return null;
  if (a.endsWith("es")) {
    const fs = a.slice(0, -1);
    if (!related(a, fs)) return null;
    const ms = masculineOf(fs) ?? (classOf(fs).entry ? fs : null);
    return { ms, fs, mp: ms === fs ? a : ms && (/[sx]$/u.test(ms) ? ms : first(a, `${ms}s`, `${ms}x`)), fp: a, num: "plur", gender: ms === fs ? "both" : "fem" };
  }
  if (a.endsWith("e")) {
    const ms = masculineOf(a);
    if (ms && !/e$/u.test(ms)) return { ms, fs: a, mp: /[sx]$/u.test(ms) ? ms : first(a, `${ms}s`, `${ms}x`), fp: first(a, `${a}s`), num: "sing", gender: "fem" };
    const fp = first(a, `${a}s`);
    if (c.entry) return { ms: a, fs: a, mp: fp, fp, num: "sing", gender: "both" };
    return { ms: null, fs: a, mp: null, fp, num: "sing", gender: "fem" };
  }
  if (/[sx]$/u.test(a)) {
    if (c.entry) {
      const fs = first(a, `${a}e`, a.endsWith("x") ? `${a.slice(0, -1)}se` : "");
      return { ms: a, fs, mp: a, fp: fs && first(a, `${fs}s`), num: "both", gender: "masc" };
    }
    const ms = first(a, a.slice(0, -1), a.endsWith("aux") ? `${a.slice(0, -3)}al` : "");
    if (!ms || /[sx]$/u.test(ms)) return null;
    const fs = ms.endsWith("e") ? ms : first(a, `${ms}e`);
    return { ms, fs, mp: a, fp: fs && first(a, `${fs}s`), num: "plur", gender: ms.endsWith("e") ? "both" : "masc" };
  }
  const fs = first(a, `${a}e`);
  return { ms: a, fs, mp: first(a, `${a}s`, `${a}x`, a.endsWith("al") ? `${a.slice(0, -2)}aux` : ""), fp: fs && first(a, `${fs}s`), num: "sing", gender: "masc" };
}

/** The form of `a` for the subject's number and gender (the gender of `a` when the subject does not tell it), or null when `a` fits or its form is not sure. */
const AGREED = new Map<string, string | null>();

function agreed(a: string, num: Num, gender: Gender, anyWord: boolean): string | null {
  const id = `${a} ${num} ${gender} ${anyWord}`;
  let r = AGREED.get(id);
  if (r === undefined) {
    r = computeAgreed(a, num, gender, anyWord);
    if (AGREED.size > 20_000) AGREED.clear();
    AGREED.set(id, r);
  }
  return r;
}

function computeAgreed(a: string, num: Num, gender: Gender, anyWord: boolean): string | null {
  const p = paradigm(a);
  if (!p || (!anyWord && !adjectival(a, p))) return null;
  const g = gender ?? (p.gender === "both" ? "masc" : p.gender);
  if ((p.num === num || p.num === "both") && (p.gender === g || p.gender === "both")) return null;
  const right = num === "sing" ? (g === "fem" ? p.fs : p.ms) : g === "fem" ? p.fp : p.mp;
  return right && right !== a ? right : null;
}

/** Only spaces between the words from `a` to `b`. */
function joined(block: Block, words: readonly Word[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (!adjacent(block, words[i] as Word, words[i + 1] as Word)) return false;
  return true;
}

/** A conjugated form of « avoir » (« ont », « eussent »). */
function isAvoir(w: string): boolean {
  return AUXILIARIES.has(w) || (classOf(w).finite && classOf(w).verbRoots.includes("avoir"));
}

/** Skips adverbs leftwards from `i`; returns the first other index. */
function skipLeft(words: readonly Word[], i: number, skip: ReadonlySet<string>): number {
  let k = i;
  while (k >= 0 && skip.has(key(words[k] as Word))) k--;
  return k;
}

interface Agreement {
  num: Num;
  gender: Gender;
  /** The word named in the message: the subject pronoun or the verb. */
  name: Word;
  /** A personal pronoun right before « être » (« ils sont »): any noun or adjective after it is the attribute. */
  direct?: boolean;
  /** « être » of a pronominal verb (« elles se sont perdues »): a participle follows, not an attribute. */
  reflexive?: boolean;
}

/**
 * The subject of the conjugated verb at `f`, with the number the verb shows.
 * `chain`: the verb governs an infinitive (object pronouns then may be the infinitive's subject: « je les crois être »).
 */
function subjectOf(words: readonly Word[], f: number, mode: "etre" | "chain" | "pronominal", atVerb = false): Agreement | null {
  const fw = words[f] as Word;
  const { verb, subject: inv } = split(fw);
  const vn = verbNumber(verb);
  if (!vn) return null;
  let j = f - 1;
  const run: string[] = [];
  while (j >= 0 && CLITICS.has(key(words[j] as Word))) run.unshift(key(words[j--] as Word));
  let subject: Subject | "skip" | undefined;
  let name: Word = fw;
  if (inv) subject = SUBJECTS.get(inv);
  else {
    // « nous sommes »: the first « nous » of the run is the subject when the verb is in the « nous » form.
    if (run[0] === "nous" && vn.person === "nous") {
      run.shift();
      subject = SUBJECTS.get("nous");
      name = words[j + 1] as Word;
    } else if (j >= 0) {
      const s = words[j] as Word;
      const k = key(s);
      const prev = j > 0 ? key(words[j - 1] as Word) : "";
      if (k === "on" || k === "vous" || (INDEFINITE.has(k) && vn.num === "plur")) return null;
      // « ce qu'ils savent être efficace », « les travaux que Jeanne pense être achevés »: the infinitive's subject is « que ».
      if (mode === "chain") for (let x = Math.max(0, j - 3); x < j; x++) if (QUE.has(key(words[x] as Word))) return null;
      if (k === "qui") {
        if (INDEFINITE.has(prev) && vn.num === "plur") return null;
        if (ANTECEDENTS.has(prev) && !(j > 1 && COORDINATION.has(key(words[j - 2] as Word)))) {
          const a = SUBJECTS.get(prev);
          if (a && a !== "skip") subject = S(a.num, a.gender);
        }
      } else if (SUBJECTS.has(k) && !NOT_BEFORE_SUBJECT.has(prev)) {
        subject = SUBJECTS.get(k);
        name = s;
      } else if (PLURAL_DETERMINERS.has(prev) || SINGULAR_DETERMINERS.has(prev)) {
        // « les enfants est … »: the verb disagrees with its subject; that is another rule's finding.
        if (PLURAL_DETERMINERS.has(prev) !== (vn.num === "plur")) return null;
      }
    }
  }
  if (subject === "skip") return null;
  if (subject && subject.num !== null && subject.num !== vn.num) return null;
  if (vn.person === "nous" && subject?.person !== "nous") return null;
  // Pronouns between subject and verb.
  const person = subject?.person ?? vn.person;
  let reflexive = false;
  for (const c of run) {
    if (c === "ne" || c === "n'" || c === "y" || c === "en") continue;
    const r = REFLEXIVE.get(c);
    if (r !== undefined && (r === person || (r === "3" && person !== "je" && person !== "tu" && person !== "nous"))) reflexive = true;
    else if (mode !== "etre" || c === "le" || c === "la" || c === "les" || c === "l'") return null;
  }
  // « elles se sont perdues »: the participle of a pronominal verb, judged apart (« elles se sont parlé »).
  if (mode === "etre" && reflexive) return atVerb && ETRE.has(verb) ? { num: vn.num, gender: subject?.gender ?? null, name, reflexive: true } : null;
  if (mode === "pronominal" && !reflexive) return null;
  let direct = atVerb && PERSONAL.has(key(name));
  for (const c of run) if (c !== "ne" && c !== "n'") direct = false;
  return { num: vn.num, gender: subject?.gender ?? null, name, direct };
}

/**
 * The subject agreement of the linking element at `t` (« est », « être », « été »…), or null.
 * Walks left through « avoir été », « doivent être », « s'efforce d'être », « semble susceptible d'être ».
 */
function resolve(words: readonly Word[], t: number, depth = 0): Agreement | null {
  if (depth > 2) return null;
  const w = words[t] as Word;
  const k = key(w);
  const { verb } = split(w);
  if (LINKING.has(verb)) return subjectOf(words, t, "etre", true);
  const aux = PARTICIPLES.get(k);
  if (aux) {
    const j = skipLeft(words, t - 1, INTENSIFIERS);
    const p = words[j];
    if (!p) return null;
    const pk = key(p);
    const pv = split(p).verb;
    if (aux === "avoir" ? isAvoir(pv) : ETRE.has(pv)) return subjectOf(words, j, "etre");
    if (pk === aux) return resolve(words, j, depth + 1);
    return null;
  }
  if (!INFINITIVES.has(k) && k !== "avoir") return null;
  let j = skipLeft(words, t - 1, INTENSIFIERS);
  let prep: "" | "de" | "à" = "";
  const pk = j >= 0 ? key(words[j] as Word) : "";
  if (pk === "de" || pk === "d'") prep = "de";
  else if (pk === "à") prep = "à";
  if (prep) j = skipLeft(words, j - 1, INTENSIFIERS);
  const v = words[j];
  if (!v) return null;
  const vk = key(v);
  if (prep === "de" && BRIDGES.has(vk)) {
    const l = skipLeft(words, j - 1, INTENSIFIERS);
    return l >= 0 ? resolve(words, l, depth + 1) : null;
  }
  // « un homme censé être connu », « des élèves censées être instruites »: the attribute agrees like « censé ».
  const sup = prep === "" ? SUPPOSED.exec(vk) : null;
  if (sup) return { num: sup[2] ? "plur" : "sing", gender: sup[1] ? "fem" : "masc", name: v };
  const { verb: vv } = split(v);
  const c = classOf(vv);
  if (!inSet(c.verbRoots, CHAIN[prep])) return null;
  if (split(v).subject || (c.finite && !/[éiuû]$/u.test(vv))) return subjectOf(words, j, "chain");
  if (c.participle || c.finite) {
    // « ils ont voulu être », « il a cru être »
    const a = skipLeft(words, j - 1, INTENSIFIERS);
    if (a >= 0 && isAvoir(split(words[a] as Word).verb)) return subjectOf(words, a, "chain");
  }
  return null;
}

/** The attribute `x`'s verdict: « no » (not judged), « fits », or its right form. */
function judge(block: Block, x: Word, next: Word | undefined, agreement: Agreement, pronominalRoot: string | null): string {
  if (x.kind !== "word" || x.elided || x.text !== x.lower || NOT_ATTRIBUTES.has(x.lower) || x.lower.includes("-") || !isKnown(x.lower, "fr")) return "no";
  // « amical·e·s »: inclusive writing.
  if (/^[·.•-]\p{L}/u.test(block.text.slice(x.end, x.end + 2))) return "no";
  if (COLOURS.has(x.lower) && next && (next.lower === "de" || next.lower === "d'")) return "no";
  // « c'est donc seules que… »: a cleft sentence.
  if (next && QUE.has(key(next)) && (agreement.name.lower === "c'" || agreement.name.lower === "ce")) return "no";
  // « ils sont fin prêts », « bon marché », « grand ouvertes »: the word qualifies the next one.
  if (next && next.kind === "word" && !COORDINATION.has(next.lower) && !FUNCTION_WORDS.has(key(next)) && adjacent(block, x, next)) {
    const n = classOf(next.lower);
    if (n.nominal || n.participle) return "no";
  }
  const c = classOf(x.lower);
  if (pronominalRoot && PRONOMINAL_OBJECT.has(pronominalRoot) && !c.gendered && !c.participle) return "no";
  return agreed(x.lower, agreement.num, agreement.gender, agreement.direct === true) ?? "fits";
}

function report(ctx: RuleContext, x: Word, right: string, agreement: Agreement): void {
  ctx.report({
    range: x.range,
    message: `Accord : « ${agreement.name.text} … ${x.text} » → « ${right} ».`,
    suggestions: [right],
    fix: { range: x.range, text: right },
  });
}

/** Pronominal verbs whose pronoun is an indirect object: their participle does not agree with the subject (« elles se sont parlé », « ils se sont succédé »). */
const REFLEXIVE_INDIRECT = new Set(data.reflexiveIndirect);

/**
 * The participle after « se » + « être » agrees with the subject when the pronoun is its direct object (« elles se sont
 * perdues »), not with « se faire » + infinitive (« elle s'est fait avoir ») or « se rendre compte » (« ils se sont rendu compte »).
 */
function pronominalParticiple(ctx: RuleContext, block: Block, words: readonly Word[], a: number, agreement: Agreement): void {
  const p = words[a] as Word;
  const next = words[a + 1];
  if (p.kind !== "word" || p.elided || p.text !== p.lower || p.lower.includes("-") || NOT_ATTRIBUTES.has(p.lower)) return;
  const nk = next && adjacent(block, p, next) ? key(next) : "";
  if (/^(?:faite|faits|faites)$/u.test(p.lower) && nk && classOf(nk).infinitive) {
    report(ctx, p, "fait", agreement);
    return;
  }
  if (/^(?:rendue|rendus|rendues)$/u.test(p.lower) && nk === "compte") {
    report(ctx, p, "rendu", agreement);
    return;
  }
  const c = classOf(p.lower);
  if (!c.participle || c.verbRoots.some((r) => REFLEXIVE_INDIRECT.has(r))) return;
  // « nous nous sommes attaché à… »: an author's « nous » may stand for one person.
  if (agreement.num === "plur" && /(?:^|-)nous$/u.test(agreement.name.lower)) return;
  // « elles se sont lavé les mains », « il s'est laissé faire », « ils se sont demandé si »: an object or a clause follows.
  if (next && adjacent(block, p, next) && (next.kind !== "word" || DETERMINERS.has(nk) || QUE.has(nk) || nk === "si" || (!FUNCTION_WORDS.has(nk) && (classOf(nk).nominal || classOf(nk).infinitive || classOf(nk).participle)))) return;
  const right = agreed(p.lower, agreement.num, agreement.gender, false);
  if (right) report(ctx, p, right, agreement);
}

/** « ceux envoyé là-bas » → « envoyés »: a participle right after « celui », « celle », « ceux », « celles » agrees with it. */
function demonstrative(ctx: RuleContext, block: Block, words: readonly Word[], t: number): void {
  const d = words[t] as Word;
  const p = words[t + 1];
  if (!p || p.kind !== "word" || p.text !== p.lower || p.lower.includes("-") || !adjacent(block, d, p) || NOT_ATTRIBUTES.has(p.lower)) return;
  const c = classOf(p.lower);
  // « ceux habitant ici »: a present participle is invariable.
  if ((!c.participle && !c.gendered) || c.infinitive || FUNCTION_WORDS.has(p.lower) || p.lower.endsWith("ant")) return;
  const agreement: Agreement = { num: d.lower.startsWith("ceux") || d.lower.endsWith("s") ? "plur" : "sing", gender: DEMONSTRATIVES.get(d.lower) ?? null, name: d };
  const right = agreed(p.lower, agreement.num, agreement.gender, false);
  if (right) report(ctx, p, right, agreement);
}

/** « si ADJ » before an inverted linking verb (« si fragiles sois-tu ») or before « que » + the verb (« aussi absurdes que soit… »). */
function inverted(ctx: RuleContext, block: Block, words: readonly Word[], t: number): void {
  const attr = words[t + 1] as Word;
  const v = words[t + 2] as Word;
  let agreement: Agreement | null = null;
  const { verb, subject } = split(v);
  if (subject && (LINKING.has(verb) || verb === "soit" || verb === "soient")) {
    const p = SUBJECTS.get(subject);
    const vn = verbNumber(verb);
    if (!p || p === "skip" || !vn || (p.num !== null && p.num !== vn.num)) return;
    agreement = { num: vn.num, gender: p.gender, name: v };
  } else if (QUE.has(key(v)) && words[t + 3]) {
    const f = words[t + 3] as Word;
    const fk = key(f);
    if (!LINKING.has(fk) && fk !== "soit" && fk !== "soient") return;
    const vn = verbNumber(fk);
    // « aussi absurdes que vous soyez », « si grands qu'ils soient »: a subject pronoun is not after the verb.
    const after = words[t + 4];
    if (!vn || vn.person !== "3" || !after || SUBJECTS.has(key(after))) return;
    agreement = { num: vn.num, gender: null, name: f };
  }
  if (!agreement || !joined(block, words, t, t + 2)) return;
  // Sentence start or after a comma: « si » is not a conjunction here (« je ne sais si grands… »).
  if (t > 0 && !/[,;:(—–]\s*$/u.test(block.text.slice((words[t - 1] as Word).end, words[t]?.start))) return;
  const r = judge(block, attr, undefined, agreement, null);
  if (r !== "no" && r !== "fits") report(ctx, attr, r, agreement);
}

/** The words the rule starts from: its triggers, « si » and « aussi » (« si fragiles sois-tu »). */
const TRIGGER_WORDS = triggers([...TRIGGERS.keys(), "si", "aussi"]);

/** Where the rule looks, in document order: its trigger words, the word after a reflexive pronoun, hyphenated words (« sont-ils »). */
function candidates(doc: Doc, ctx: RuleContext): number[] {
  const index = wordIndex(doc, ctx);
  const out: number[] = [];
  for (const g of positionsOf(doc, ctx, TRIGGER_WORDS)) {
    if (out.length === 0 || (out[out.length - 1] as number) < g) out.push(g);
    const s = index.sentence[g];
    if (s && TRIGGERS.get(key(s.words[index.inSentence[g] as number] as Word)) === 2) out.push(g + 1);
  }
  return merge(out, index.hyphenated);
}

/**
 * The attribute after « être », « sembler », « devenir »… agrees with the
 * subject: « il est fragiles » → « fragile », « elle est parti » → « partie »,
 * « ils sont content » → « contents », « Antoine n'est pas mariés » →
 * « marié », « elles doivent être fâché » → « fâchées ».
 */
export const rule: Rule = {
  id: "grammar/fr-attribute-agreement",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Attribut ou participe qui ne s'accorde pas avec le sujet : « il est fragiles », « elle est parti », « elles doivent être fâché », « ils se montrent exigeantes », « elle s'est préparé », « ils se sont rendus compte » ; « ils sont la. » → « là ».",
  explanation:
    "After « être » or a linking verb (« sembler », « paraître », « devenir », « rester », « demeurer »), the attribute agrees in gender and number with the subject. The number comes from the conjugated verb (« est », « sont », « doivent », « semblent »), which may govern the linking verb as an infinitive (« elles doivent être », « il s'efforce d'être », « ils semblent susceptibles d'être », « a été »); pronominal verbs of opinion and appearance take an attribute too (« elles se croient meilleures », « ils se montrent exigeants »). The gender comes from a subject pronoun (« il, elle, ils, elles, celui, celles, laquelle… », also before « qui »): nouns, « je », « tu » and « nous » leave it to the attribute itself. The rule reports the attribute, and the second of two attributes joined by « et », when the dictionary has the fitting form of the same word (without -s, with -e, -s or -es). Left alone: « on » and « vous » (« on est contents », « vous êtes prêt »), pronominal verbs with « être » (« elle s'est rendu compte »), object pronouns before a governing verb (« je les crois être »), words listed in `lang/fr/verbs.yml` (adverbs, prepositions, idioms such as « ils sont légion »), words same in both numbers (« heureux », « gris »), a word followed by a noun or an adjective it may qualify (« ils sont fin prêts »), and a subject whose determiner disagrees with the verb (another rule's finding). « la » right after the verb and before a punctuation mark is the adverb « là » (« ils sont la. »). Two related agreements with the subject: the participle of a pronominal verb after « être » (« elle s'est préparée », « je me suis perdu »), except verbs whose pronoun is an indirect object (listed in `lang/fr/verbs.yml`: « elles se sont parlé ») or which an object or an infinitive follows, « se faire » + infinitive (« elle s'est fait avoir ») and « se rendre compte » (« ils se sont rendu compte »); and a participle or adjective right after « celui, celle, ceux, celles » (« ceux envoyés là-bas »).",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    for (const g of candidates(doc, ctx)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const t = index.inSentence[g] as number;
      const w = words[t] as Word;
      const k = key(w);
      // The trigger kind of the word (1: a linking form, 2: a reflexive pronoun, 3: a demonstrative).
      const kind = TRIGGERS.get(k);
      const pronominal = t > 0 && TRIGGERS.get(key(words[t - 1] as Word)) === 2;
      let agreement: Agreement | null = null;
      let pronominalRoot: string | null = null;
      if (kind === 3) {
        demonstrative(ctx, s.block, words, t);
        continue;
      }
      if (kind === 1 || (k.includes("-") && LINKING.has(split(w).verb))) {
        // « le reste », « l'est », « [s]es »: a noun, or not a word of its own.
        if (t > 0 && LINKING.has(k) && (DETERMINERS.has(key(words[t - 1] as Word)) || /[\p{L}\]]/u.test(s.block.text[w.start - 1] ?? ""))) continue;
        agreement = resolve(words, t);
      } else if (pronominal && w.kind === "word") {
        // « elles se croient », « te sais-tu »
        const root = inSet(classOf(split(w).verb).verbRoots, PRONOMINAL);
        if (!root || !classOf(split(w).verb).finite) continue;
        pronominalRoot = root;
        agreement = subjectOf(words, t, "pronominal");
      }
      if (!agreement) {
        // « si fragiles sois-tu », « aussi absurdes que soit cette remarque »: the attribute comes first.
        if ((k === "si" || k === "aussi") && words[t + 2]) inverted(ctx, s.block, words, t);
        continue;
      }
      // The attribute: after adverbs (« si », « pas », « tout à fait »), with nothing but spaces between.
      let a = t + 1;
      for (;;) {
        const x = words[a];
        if (!x) break;
        const xk = key(x);
        if (INTENSIFIERS.has(xk) && !(xk === "plus" && key(words[a + 1] ?? x) === "que")) a++;
        else if (xk === "tout" && words[a + 1]?.lower === "à" && words[a + 2]?.lower === "fait") a += 3;
        else if (xk === "bel" && words[a + 1]?.lower === "et" && words[a + 2]?.lower === "bien") a += 3;
        else if (xk === "de" && words[a + 1]?.lower === "plus" && words[a + 2]?.lower === "en" && words[a + 3]?.lower === "plus") a += 4;
        else if (xk.endsWith("ment") && x.kind === "word" && !classOf(xk).nominal) a++;
        else break;
      }
      const attr = words[a];
      if (!attr || !joined(s.block, words, t, a)) continue;
      if (agreement.reflexive) {
        pronominalParticiple(ctx, s.block, words, a, agreement);
        continue;
      }
      if (PARTICIPLES.has(key(attr)) || INFINITIVES.has(key(attr))) continue;
      // « les résultats seront la. » → « là »: the article cannot end a clause.
      if (attr.lower === "la" && a === t + 1 && LINKING.has(k) && /^\s*(?:[.!?;,…]|$)/u.test(s.block.text.slice(attr.end, attr.end + 2))) {
        const right = attr.text === "La" ? "Là" : "là";
        ctx.report({ range: attr.range, message: `« ${attr.text} » → « ${right} » (adverbe de lieu).`, suggestions: [right], fix: { range: attr.range, text: right } });
        continue;
      }
      const r = judge(s.block, attr, words[a + 1], agreement, pronominalRoot);
      if (r === "no") continue;
      if (r !== "fits") {
        report(ctx, attr, r, agreement);
        continue;
      }
      // « elle est belle et intelligent »: both attributes agree.
      const conj = words[a + 1];
      if (!conj || !COORDINATION.has(conj.lower) || !joined(s.block, words, a, a + 1)) continue;
      let b = a + 2;
      while (words[b] && INTENSIFIERS.has(key(words[b] as Word))) b++;
      const second = words[b];
      const after = words[b + 1];
      if (!second || !joined(s.block, words, a + 1, b)) continue;
      if (after && adjacent(s.block, second, after) && (after.kind !== "word" || classOf(after.lower).nominal || classOf(after.lower).finite || classOf(after.lower).participle)) continue;
      const c2 = classOf(second.lower);
      if (!c2.gendered && !c2.participle) continue;
      const r2 = judge(s.block, second, undefined, agreement, pronominalRoot);
      if (r2 !== "no" && r2 !== "fits") report(ctx, second, r2, agreement);
    }
  },
};
