import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf, isFirstGroupParticiple } from "../../util/fr-morph.js";
import { genderOf } from "../../util/fr-gender.js";
import { ADVERBS, AUXILIARIES, key, withCaseOf } from "../../util/fr-verbs.js";
import { data } from "../../lang/fr/gender.generated.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

type G = "m" | "f";
interface Agreement {
  gender: G;
  plural: boolean;
}

/** Pronouns that stand for the antecedent of « que » and show its gender and number. */
const DEMONSTRATIVES = new Map<string, Agreement>([
  ["ce", { gender: "m", plural: false }],
  ["celui", { gender: "m", plural: false }],
  ["celle", { gender: "f", plural: false }],
  ["ceux", { gender: "m", plural: true }],
  ["celles", { gender: "f", plural: true }],
]);
const DETERMINERS = new Map<string, { gender: G | null; plural: boolean }>([
  ["le", { gender: "m", plural: false }],
  ["la", { gender: "f", plural: false }],
  ["l'", { gender: null, plural: false }],
  ["un", { gender: "m", plural: false }],
  ["une", { gender: "f", plural: false }],
  ["ce", { gender: "m", plural: false }],
  ["cet", { gender: "m", plural: false }],
  ["cette", { gender: "f", plural: false }],
  ["mon", { gender: null, plural: false }],
  ["ton", { gender: null, plural: false }],
  ["son", { gender: null, plural: false }],
  ["ma", { gender: "f", plural: false }],
  ["ta", { gender: "f", plural: false }],
  ["sa", { gender: "f", plural: false }],
  ["notre", { gender: null, plural: false }],
  ["votre", { gender: null, plural: false }],
  ["leur", { gender: null, plural: false }],
  ["les", { gender: null, plural: true }],
  ["ces", { gender: null, plural: true }],
  ["mes", { gender: null, plural: true }],
  ["tes", { gender: null, plural: true }],
  ["ses", { gender: null, plural: true }],
  ["nos", { gender: null, plural: true }],
  ["vos", { gender: null, plural: true }],
  ["leurs", { gender: null, plural: true }],
  ["maints", { gender: "m", plural: true }],
  ["maintes", { gender: "f", plural: true }],
  ["certains", { gender: "m", plural: true }],
  ["certaines", { gender: "f", plural: true }],
  ["plusieurs", { gender: null, plural: true }],
  ["quelques", { gender: null, plural: true }],
]);
const AFTER_PARTICIPLE = new Set(["que", "qu'", "à", "de", "d'"]);
const SUBJECT_PRONOUNS = new Set(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ça", "cela"]);
/** Object pronouns between the subject and « avoir » (« que tu m'as donné »); « en » is not among them: it stops the agreement. */
const INDIRECT = new Set(["me", "m'", "te", "t'", "lui", "leur", "nous", "vous", "y", "ne", "n'"]);
const TIME_NOUNS: ReadonlySet<string> = new Set(data.relativeTimeNouns);
const COMPLETIVE_NOUNS: ReadonlySet<string> = new Set(data.completiveNouns);
const BEFORE_ANTECEDENT = new Set(["et", "ou", "à", "dans", "par", "sur", "sous", "vers", "chez", "en"]);
const INVARIABLE: ReadonlySet<string> = new Set(data.invariableParticiples);

/** The antecedent of « que » at index q: « celles que », « les fleurs que », « la grande maison que ». */
function antecedent(words: readonly Word[], q: number): Agreement | null {
  const before = words[q - 1];
  if (!before) return null;
  const demonstrative = DEMONSTRATIVES.get(key(before));
  if (demonstrative) return demonstrative;
  // det + noun, or det + adjective + noun
  for (const d of [q - 2, q - 3]) {
    const det = words[d] ? DETERMINERS.get(key(words[d] as Word)) : undefined;
    if (!det) continue;
    // « la vision et la philosophie que… » (coordinated: both agree), « dis à ces femmes que… », « explique dans ses lettres
    // que… » (« que » is then a conjunction after the verb), « c'est de cette faille que… » (a cleft).
    const pre = words[d - 1] ? key(words[d - 1] as Word) : "";
    if (BEFORE_ANTECEDENT.has(pre) || words.slice(Math.max(0, d - 4), d).some((w) => key(w) === "c'")) return null;
    const noun = before;
    if (noun.kind !== "word" || noun.text !== noun.lower || TIME_NOUNS.has(noun.lower) || COMPLETIVE_NOUNS.has(noun.lower)) return null;
    const g = genderOf(noun.lower);
    if (!g?.noun) return null;
    // The determiner says the number; the noun's ending must not disagree (« les fleur »: another rule's finding).
    if (det.plural !== /[sx]$/u.test(noun.lower) && !(det.plural === false && /[sx]$/u.test(noun.lower) && classOf(noun.lower).entry)) return null;
    const gender = det.gender ?? g.gender;
    if (gender !== g.gender) return null;
    return { gender, plural: det.plural };
  }
  return null;
}

/**
 * A past participle: Hunspell marks those of most verbs with participle flags, but
 * first-group participles (« envoyé ») come out of the conjugation table itself.
 */
function isParticiple(w: string): boolean {
  const c = classOf(w);
  if (c.participle) return !c.finite || /é(?:e|s|es)?$/u.test(w);
  return isFirstGroupParticiple(w, c);
}

/** The masculine singular of a past participle (« données » → « donné », « prises » → « pris »), or null. */
function baseOf(p: string): string | null {
  const candidates = p.endsWith("es") ? [p.slice(0, -2)] : p.endsWith("e") ? [p.slice(0, -1)] : p.endsWith("s") ? [p.slice(0, -1), p] : [p];
  for (const c of candidates) if (c.length > 1 && !c.endsWith("e") && isParticiple(c)) return c;
  return null;
}

/** The words the rule starts from, found through the shared word index. */
const QUE = triggers(["que", "qu'"]);

/**
 * The past participle after « avoir » agrees with a direct object placed
 * before it, here the antecedent of the relative « que »: « les fleurs que tu
 * m'as envoyé » → « envoyées », « le livre que tu m'as donnée » → « donné ».
 */
export const rule: Rule = {
  id: "grammar/fr-participle-object-agreement",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Participe passé avec « avoir » après « que » : il s'accorde avec l'antécédent (« les fleurs que tu m'as envoyées », « le livre que tu m'as donné »).",
  explanation:
    "With « avoir », the past participle agrees with the direct object when the object comes first, as the antecedent of the relative « que » does. The rule reads « celui, celle, ceux, celles, ce » or a determiner + noun (whose gender comes from the lexicon), then « que », a subject pronoun or a short nominal group, object pronouns (« m', lui, nous »), a form of « avoir » and a participle, and reports the participle when its gender or number is not the antecedent's and the agreeing form is a word. Left alone: « en » before the verb (« les pommes que j'en ai mangé »), a participle followed by an infinitive (« la maison que j'ai fait construire ») or by a determiner (then « que » is a conjunction: « l'idée que tu as eu une chance »), nouns of time (« la fois que j'ai mangé »: listed in `lang/fr/gender.yml`), and participles that never agree (« fallu », « dormi »…, same file).",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Only the trigger words, from the shared word index.
    for (const g of positionsOf(doc, ctx, QUE)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const q = index.inSentence[g] as number;
      if (q < 1 || q + 2 >= words.length) continue;
      const k = key(words[q] as Word);
      if (k !== "que" && k !== "qu'") continue;
      // Subject: a pronoun, or a nominal group of up to three words.
      let v = q + 1;
      if (SUBJECT_PRONOUNS.has(key(words[v] as Word))) v++;
      else {
        let n = 0;
        while (n < 3 && words[v] && !AUXILIARIES.has(key(words[v] as Word)) && !INDIRECT.has(key(words[v] as Word))) {
          v++;
          n++;
        }
        if (n === 0) continue;
      }
      while (words[v] && INDIRECT.has(key(words[v] as Word))) v++;
      if (!words[v] || !AUXILIARIES.has(key(words[v] as Word))) continue;
      let p = v + 1;
      while (words[p] && ADVERBS.has(key(words[p] as Word))) p++;
      const part = words[p];
      if (!part || part.kind !== "word" || part.text !== part.lower || INVARIABLE.has(part.lower)) continue;
      if (words.slice(q + 1, v).some((w) => key(w) === "en")) continue;
      if (!isParticiple(part.lower)) continue;
      const after = words[p + 1];
      if (after) {
        const a = classOf(after.lower);
        // « réussi à faire », « essayé de lire », « fait construire »: the object may be the infinitive's.
        if ((a.infinitive && !a.nominal) || DETERMINERS.has(key(after)) || AFTER_PARTICIPLE.has(key(after))) continue;
      }
      const ante = antecedent(words, q);
      if (!ante) continue;
      const base = baseOf(part.lower);
      if (!base) continue;
      let right = ante.gender === "f" ? `${base}e` : base;
      if (ante.plural && !/[sx]$/u.test(right)) right += "s";
      if (right === part.lower || !isKnown(right, "fr")) continue;
      const fixed = withCaseOf(part.text, right);
      ctx.report({
        range: part.range,
        message: `Accord du participe avec « avoir » : l'objet « ${words[q - 1]?.text} » vient avant → « ${fixed} ».`,
        suggestions: [fixed],
      });
    }
  },
};
