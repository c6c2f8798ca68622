import type { Rule } from "../../rule.js";
import type { Block, Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { genderOf, isEpiceneAdjective } from "../../util/fr-gender.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";
import { data } from "../../lang/fr/gender.generated.js";

type G = "m" | "f";

/** Determiners that show a gender, and the same determiner in the other gender. */
const DETERMINERS = new Map<string, { gender: G; other: string }>([
  ["un", { gender: "m", other: "une" }],
  ["une", { gender: "f", other: "un" }],
  ["le", { gender: "m", other: "la" }],
  ["la", { gender: "f", other: "le" }],
  ["mon", { gender: "m", other: "ma" }],
  ["ma", { gender: "f", other: "mon" }],
  ["ton", { gender: "m", other: "ta" }],
  ["ta", { gender: "f", other: "ton" }],
  ["son", { gender: "m", other: "sa" }],
  ["sa", { gender: "f", other: "son" }],
  ["ce", { gender: "m", other: "cette" }],
  ["cet", { gender: "m", other: "cette" }],
  ["cette", { gender: "f", other: "ce" }],
  ["du", { gender: "m", other: "de la" }],
  ["au", { gender: "m", other: "à la" }],
  ["quel", { gender: "m", other: "quelle" }],
  ["quelle", { gender: "f", other: "quel" }],
  ["quels", { gender: "m", other: "quelles" }],
  ["quelles", { gender: "f", other: "quels" }],
  ["aucun", { gender: "m", other: "aucune" }],
  ["aucune", { gender: "f", other: "aucun" }],
]);
/** Also pronouns before a verb (« je la vois », « ce sont »): read as determiners only before a word that is no verb form. */
const PRONOUN_TOO = new Set(["le", "la", "ce"]);
/** Elided words that make « un », « une » a pronoun (« quelqu'un », « l'une »). */
const PRONOUN_MAKERS = new Set(["l'", "l’", "quelqu'", "quelqu’"]);
/** Masculine possessives stand before a feminine word starting with a vowel sound (« mon amie »). */
const BEFORE_VOWEL = new Set(["mon", "ton", "son"]);
/** A determiner right after these is something else (« le son », « du son »), or a pronoun (« je le »…). */
const NOT_AFTER = new Set(["le", "la", "les", "un", "une", "des", "du", "au", "ce", "mon", "ton", "son", "sa", "ma", "ta", "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ne", "n'"]);
/** Determiners that show no gender: the noun after them tells it. */
const NUMBERLESS_DETERMINERS = new Set(["les", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "notre", "votre", "leur"]);
const FORMS_OF_ETRE = new Set(["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent", "soit", "soient", "fût"]);

/** Adverbs inside a nominal group (« la moins habile », « sa non moins spectaculaire signature »): the group is left alone. */
const STOP = new Set(["plus", "moins", "si", "très", "trop", "non", "pas", "aussi", "bien", "tout", "peu", "assez", "fort"]);

const INVARIABLE_BEFORE_DE: ReadonlySet<string> = new Set(data.invariableBeforeDe);
const PRENOMINAL = new Map<string, G>([...data.prenominalAdjectives.masculine.map((w) => [w, "m"] as const), ...data.prenominalAdjectives.feminine.map((w) => [w, "f"] as const)]);
/** The words the rule starts from (prenominal adjectives, determiners), found through the shared word index. */
const TRIGGER_WORDS = triggers([...PRENOMINAL.keys(), ...DETERMINERS.keys()]);

/** Conjunctions the lexicon also knows as nouns (« un car »). */
const CONJUNCTIONS = new Set(["car", "or", "mais", "donc", "puis"]);

const VOWEL_START = /^[aeiouyhàâäéèêëîïôöùûüœæ]/u;
const GENDER_NAME: Record<G, string> = { m: "masculin", f: "féminin" };

interface Found {
  word: Word;
  gender: G;
  noun: boolean;
}

/**
 * The first word of the nominal group after a determiner whose gender is
 * fixed and differs from `gender`: adjectives of either gender are crossed
 * (« la gigantesque monument »); the group ends at its noun, at the first
 * word that is no noun or adjective, or at an adverb.
 */
function clash(block: Block, words: readonly Word[], from: number, gender: G, pronounToo: boolean): Found | null {
  let strict = pronounToo;
  let prev = words[from - 1] as Word;
  for (let j = from; j < words.length && j < from + 4; j++) {
    const w = words[j];
    if (!plainWord(w) || w.lower.length < 2 || !adjacent(block, prev, w) || STOP.has(w.lower) || DETERMINERS.has(w.lower)) return null;
    // « un ou une électricien·ne »: inclusive writing shows both genders.
    if (block.text.charCodeAt(w.end) === 0xb7) return null;
    const g = genderOf(w.lower);
    if (!g) {
      // The group goes on past adjectives of either gender (« la gigantesque monument ») and ends at any other
      // word whose gender the lexicon does not fix (« une photo noir et blanc »).
      if (isEpiceneAdjective(w.lower)) {
        prev = w;
        continue;
      }
      return null;
    }
    if (g.gender === gender) {
      // Past an adjective that stands before nouns (« une grande homme »); any other word that agrees ends the group.
      if (PRENOMINAL.has(w.lower) && j === from) {
        prev = w;
        // (« que cette petite fut »: « petite » may be the noun, and a verb form then ends the group.)
        strict = true;
        continue;
      }
      return null;
    }
    // A verb form ends the group (« une dit », « le gestionnaire aura »: many are also nouns in the lexicon, « est », « fut »),
    // except after a determiner that cannot be a pronoun, before a noun of one gender (« ma parti », « mon chienne »).
    const c = classOf(w.lower);
    if ((c.finite || c.infinitive || c.participle) && (strict || !g.noun)) return null;
    // « La numéro 1 », « ce putain de temps »: set phrases where the noun keeps its gender.
    const after = words[j + 1];
    // « le face à face », « la pseudo taxe »: a compound written without its hyphens (another rule's finding).
    if (after && (isKnown(`${w.lower}-${after.lower}`, "fr") || (words[j + 2] && isKnown(`${w.lower}-${after.lower}-${(words[j + 2] as Word).lower}`, "fr")))) return null;
    if (after && (after.kind === "number" || (INVARIABLE_BEFORE_DE.has(w.lower) && (after.lower === "de" || after.lower === "d'" || after.lower === "d’")))) return null;
    // « une rock star »: a compound whose second noun, of the determiner's gender, is the head (not « un petite animal »:
    // a word with a feminine form is an adjective there).
    if (g.noun && !c.gendered && plainWord(after) && adjacent(block, w, after)) {
      const h = genderOf(after.lower);
      if (h?.noun && h.gender === gender && !classOf(after.lower).finite) return null;
    }
    return { word: w, gender: g.gender, noun: g.noun };
  }
  return null;
}

/**
 * Determiner and noun of different genders: « Quel femme », « le gigantesque
 * explosion », « un petite animal », « du chienne », « Cet idiote ».
 */
export const rule: Rule = {
  id: "grammar/fr-gender-agreement",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Déterminant et nom (ou adjectif) de genres différents : « quel femme », « la gigantesque monument », « un petite animal ».",
  explanation:
    "A determiner agrees in gender with its noun and the adjectives around it. The rule reads the determiners that show a gender (un/une, le/la, mon/ma, ce/cette, du, au, quel/quelle, aucun/aucune) and the nominal group after them, and reports the first word whose gender is certain and different: the genders come from Grammalecte's lexicon (Dicollecte, MPL-2.0; `scripts/build-fr-gender.py`), and only words whose every reading has one gender are judged (« livre », « tour », « critique », « élève » are left alone). « le », « la » and « ce » are read as determiners only before a word that is no verb form (« je la vois »), « mon », « ton », « son » stand before a feminine word starting with a vowel (« mon amie »), and names (capitalised words) end the group. It also checks « quel » before « être »: « Quel est cette femme ? » → « Quelle », « Quel que soit la raison » → « Quelle ».",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    for (const g of positionsOf(doc, ctx, TRIGGER_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      if (i >= words.length - 1) continue;
      const d = words[i] as Word;
      const adjective = PRENOMINAL.get(d.lower);
      if (adjective) checkPrenominal(ctx, s.block, words, i, adjective);
      const det = DETERMINERS.get(d.lower);
      if (!det || d.elided) continue;
      const before = i > 0 ? (words[i - 1] as Word) : null;
      // « quelqu'un », « l'une », « à la diable », « à la longue »: not a determiner, or a fixed phrase.
      if (before && (NOT_AFTER.has(key(before)) || PRONOUN_MAKERS.has(before.lower) || (d.lower === "la" && key(before) === "à"))) continue;
      const next = words[i + 1] as Word;
      if (d.lower.startsWith("quel") && FORMS_OF_ETRE.has(next.lower)) {
        checkQuelEtre(ctx, s.block, words, i, det.gender);
        continue;
      }
      if (d.lower.startsWith("quel") && (next.lower === "que" || next.lower === "qu'" || next.lower === "qu’")) {
        // « Quelle qu'en soit la raison »
        const at = words[i + 2]?.lower === "en" ? i + 2 : i + 1;
        const v = words[at + 1];
        if (v && FORMS_OF_ETRE.has(v.lower)) checkQuelEtre(ctx, s.block, words, at, det.gender, d);
        continue;
      }
      if (!plainWord(next)) continue;
      if (BEFORE_VOWEL.has(d.lower) && VOWEL_START.test(next.lower)) continue;
      if (d.lower === "cet" && !VOWEL_START.test(next.lower)) {
        checkCet(ctx, d, next);
        continue;
      }
      const found = clash(s.block, words, i + 1, det.gender, PRONOUN_TOO.has(d.lower) || d.lower === "un" || d.lower === "une");
      if (!found) continue;
      // « je la vois », « ce sont »: a pronoun before a verb (asked only now: these words are frequent).
      if (PRONOUN_TOO.has(d.lower) && found.word !== next) {
        const c = classOf(next.lower);
        if (c.finite || c.infinitive || c.participle) continue;
      }
      // The noun is the better witness: change the determiner; an adjective is more likely the wrong word.
      const right = found.noun ? withCaseOf(d.text, det.other) : null;
      ctx.report({
        range: [d.range[0], found.word.range[1]],
        message: `Genre : « ${d.text} » est ${GENDER_NAME[det.gender]}, « ${found.word.text} » est ${GENDER_NAME[found.gender]}${right ? ` → « ${right} ${words.slice(i + 1, words.indexOf(found.word) + 1).map((w) => w.text).join(" ")} »` : ""}.`,
        suggestions: right ? [right] : [],
      });
    }
  },
};

/**
 * « Quel est cette femme ? », « Quels que soient ces femmes » : « quel » agrees
 * with the subject after « être » (its determiner's or its noun's gender and number).
 */
function checkQuelEtre(ctx: Parameters<Rule["check"]>[1], block: Block, words: readonly Word[], at: number, gender: G, quel?: Word): void {
  const q = quel ?? (words[at] as Word);
  const verb = words[at + 1] as Word;
  const d = words[at + 2];
  if (!d || !plainWord(d) || !adjacent(block, verb, d)) return;
  const plural = q.lower.endsWith("s");
  const verbPlural = verb.lower.endsWith("nt");
  let subjectGender: G | null = null;
  const det = DETERMINERS.get(d.lower);
  const n = words[at + 3];
  if (det && !det.other.includes(" ") && !(BEFORE_VOWEL.has(d.lower) && n && VOWEL_START.test(n.lower))) subjectGender = det.gender;
  else if ((det || NUMBERLESS_DETERMINERS.has(d.lower)) && plainWord(n) && adjacent(block, d, n)) subjectGender = genderOf(n.lower)?.gender ?? null;
  const wrongGender = subjectGender !== null && subjectGender !== gender;
  const wrongNumber = plural !== verbPlural;
  if (!wrongGender && !wrongNumber) return;
  const g = wrongGender ? (subjectGender as G) : gender;
  const right = withCaseOf(q.text, `${g === "f" ? "quelle" : "quel"}${verbPlural ? "s" : ""}`);
  if (right === q.text) return;
  ctx.report({
    range: q.range,
    message: `Accord : « ${q.text} » s'accorde avec le sujet de « ${verb.text} » → « ${right} ».`,
    suggestions: [right],
    fix: { range: q.range, text: right },
  });
}

/** « cet » stands only before a vowel sound: « cet ballon » → « ce ballon », « cet pseudo-prêtresse » → « cette ». */
function checkCet(ctx: Parameters<Rule["check"]>[1], d: Word, next: Word): void {
  if (!plainWord(next) || next.lower.startsWith("h")) return;
  const g = genderOf(next.lower) ?? genderOf(next.lower.slice(next.lower.lastIndexOf("-") + 1));
  if (!g) return;
  const right = withCaseOf(d.text, g.gender === "m" ? "ce" : "cette");
  ctx.report({ range: d.range, message: `« ${d.text} ${next.text} » → « ${right} ${next.text} » (« cet » ne s'emploie que devant une voyelle).`, suggestions: [right], fix: { range: d.range, text: right } });
}

/**
 * A prenominal adjective without a determiner of its own before a noun of the
 * other gender: « de petite homme », « grande crétin », « avec grand industrie ».
 * (After a determiner, the determiner's check reads the whole group.)
 */
function checkPrenominal(ctx: Parameters<Rule["check"]>[1], block: Block, words: readonly Word[], i: number, gender: G): void {
  const a = words[i] as Word;
  const before = words[i - 1];
  if (a.text !== a.lower && i > 0) return;
  if (before && (DETERMINERS.has(before.lower) || NUMBERLESS_DETERMINERS.has(before.lower) || before.elided)) return;
  // « à nouveau », « de nouveau »: an adverb.
  if (before && (before.lower === "à" || before.lower === "de") && a.lower === "nouveau") return;
  const n = words[i + 1];
  if (!plainWord(n) || !adjacent(block, a, n) || PRENOMINAL.has(n.lower) || CONJUNCTIONS.has(n.lower)) return;
  const g = genderOf(n.lower);
  if (!g?.noun || g.gender === gender) return;
  const c = classOf(n.lower);
  if (c.finite || c.infinitive || c.participle) return;
  ctx.report({
    range: [a.range[0], n.range[1]],
    message: `Genre : « ${a.text} » est ${GENDER_NAME[gender]}, « ${n.text} » est ${GENDER_NAME[g.gender]}.`,
    suggestions: [],
  });
}
