import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { genderOf } from "../../util/fr-gender.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

type Form = "tout" | "toute" | "tous" | "toutes";
const FORMS = new Set<string>(["tout", "toute", "tous", "toutes"]);

/** What « tout » becomes before each determiner; null: the noun after a plural determiner decides (« tous les hommes », « toutes les femmes »). */
const BEFORE: ReadonlyMap<string, Form | null> = new Map<string, Form | null>([
  ["le", "tout"], ["ce", "tout"], ["cet", "tout"], ["un", "tout"], ["celui", "tout"], ["cela", "tout"],
  ["ton", "tout"], ["son", "tout"], ["mon", "tout"],
  ["la", "toute"], ["cette", "toute"], ["ma", "toute"], ["ta", "toute"], ["sa", "toute"], ["une", "toute"], ["celle", "toute"],
  ["ceux", "tous"], ["celles", "toutes"],
  ["les", null], ["ces", null], ["mes", null], ["tes", null], ["ses", null], ["nos", null], ["vos", null],
]);
const SINGULAR_DETERMINERS = new Set(["le", "ce", "cet", "un", "celui", "cela", "ton", "son", "mon", "la", "cette", "ma", "ta", "sa", "une", "celle"]);
/**
 * Where « tout » starts a nominal group for sure: the start of a sentence or these prepositions. After others it is
 * often an adverb or a pronoun in a set phrase (« malgré tout », « du tout », « avant tout », « en tout », « pour tous »),
 * after a determiner an adverb (« les tout premiers »), after a verb a pronoun (« ils ont tous le même âge »).
 */
const PREPOSITIONS = new Set(["à", "avec", "dans", "sur", "contre", "sans", "chez", "vers", "selon"]);
const NUMBERS = new Set(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]);
const VOWEL_START = /^[aeiouyhàâäéèêëîïôöùûüœæ]/u;

/** The form of « tout » the word after it asks for, or null when it cannot be told or agrees. */
function expected(words: readonly Word[], i: number, t: Form): Form | null {
  const before = i > 0 ? key(words[i - 1] as Word) : "";
  if (i > 0 && !PREPOSITIONS.has(before)) return null;
  const next = words[i + 1] as Word;
  const n = key(next);
  // « Tout deux sont partis » → « Tous deux »
  if (NUMBERS.has(n)) return i === 0 && t === "tout" ? "tous" : i === 0 && t === "toute" ? "toutes" : null;
  if (!BEFORE.has(n)) return null;
  // « mon amie »: a masculine possessive before a vowel may stand for a feminine noun.
  if ((n === "mon" || n === "ton" || n === "son") && words[i + 2] && VOWEL_START.test(key(words[i + 2] as Word))) return null;
  // « Tout les sépare », « Tout la fait pleurer »: « tout » is the subject, « les », « la » object pronouns.
  const after = words[i + 2];
  if (after) {
    const c = classOf(key(after));
    // (« Tout le monde »: a noun of the article's gender is read as a noun even when it is also a verb form.)
    const g = genderOf(key(after));
    const nounOfArticle = g?.noun && ((n === "le" && g.gender === "m") || (n === "la" && g.gender === "f"));
    if (c.finite && (!c.nominal || ((n === "le" || n === "la" || n === "les") && !nounOfArticle))) return null;
  }
  // « Je souhaite à tous une bonne année »: a plural « tous » before a singular determiner is a pronoun, except at the
  // start of a sentence (« Tous mon amour »).
  if ((t === "tous" || t === "toutes") && SINGULAR_DETERMINERS.has(n) && i > 0) return null;
  const form = BEFORE.get(n);
  if (form) return form;
  // A plural determiner: the noun's gender picks « tous » or « toutes ».
  const g = plainWord(after) ? genderOf(after.lower) : null;
  if (g) return g.gender === "f" ? "toutes" : "tous";
  return t === "tout" ? "tous" : t === "toute" ? "toutes" : null;
}

/** The words the rule starts from, found through the shared word index. */
const FORM_WORDS = triggers(FORMS);

/**
 * « tout » agrees with the nominal group it stands before: « Tout mes hommes »
 * → « Tous », « toute le monde » → « tout », « Toute celles » → « Toutes »,
 * « Tout deux » → « Tous deux ».
 */
export const rule: Rule = {
  id: "grammar/fr-tout-agreement",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« tout, toute, tous, toutes » devant un déterminant ou un nom : « tous mes hommes », « tout le monde », « toutes celles ».",
  explanation:
    "Before a determiner, « tout » agrees with the group: « tout le », « toute la », « tous les hommes », « toutes les femmes » (the noun's gender comes from the lexicon), « tous ceux », « toutes celles », « tous deux ». « tout » is also an adverb and a pronoun in many set phrases (« malgré tout », « du tout », « avant tout », « les tout premiers », « ils ont tous le même âge », « Tout les sépare »), so the rule reads it only at the start of a sentence or after « à, avec, dans, sur, contre, sans, chez, vers, selon », and not when a verb follows the determiner. « mon », « ton », « son » before a vowel may belong to a feminine noun (« toute mon énergie »).",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Only the trigger words, from the shared word index.
    for (const g of positionsOf(doc, ctx, FORM_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      if (i + 1 >= words.length) continue;
      const w = words[i] as Word;
      if (!FORMS.has(w.lower) || !adjacent(s.block, w, words[i + 1] as Word)) continue;
      const right = expected(words, i, w.lower as Form);
      if (!right || right === w.lower) continue;
      const fixed = withCaseOf(w.text, right);
      ctx.report({ range: w.range, message: `Accord : « ${w.text} ${words[i + 1]?.text} » → « ${fixed} ${words[i + 1]?.text} ».`, suggestions: [fixed], fix: { range: w.range, text: fixed } });
    }
  },
};
