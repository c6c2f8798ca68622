import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf, isFirstGroupParticiple } from "../../util/fr-morph.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/** A possessive or an article written for an elided pronoun + « avoir »: « il ma tuée » → « m'a », « ils mon donné » → « m'ont ». */
const SPLIT: ReadonlyMap<string, string> = new Map([
  ["ma", "m'a"],
  ["ta", "t'a"],
  ["la", "l'a"],
  ["mon", "m'ont"],
  ["ton", "t'ont"],
]);
/** What may stand before the pronoun: a subject (« il ma », « on ma », « qui ma », « ça ma ») or « ne ». */
const BEFORE = new Set(["il", "elle", "on", "ils", "elles", "qui", "ça", "cela", "ce", "ne", "n'", "tu", "je"]);
/** Object pronouns before « l'a » (« il me la commandée » → « il me l'a commandée »). */
const BEFORE_LA = new Set(["me", "te", "nous", "vous", "lui", "leur"]);
const PLURAL_SUBJECTS = new Set(["ils", "elles"]);

/**
 * A past participle: Hunspell's participle flags, or a first-group form in -é(e)(s),
 * which comes out of the conjugation tables (« tuée », « forcée »).
 */
function participle(w: string): boolean {
  const c = classOf(w);
  if (c.nominal || c.infinitive) return false;
  return c.participle || isFirstGroupParticiple(w, c);
}

/** The words the rule starts from, found through the shared word index. */
const SPLIT_WORDS = triggers(SPLIT.keys());

/**
 * « ma », « ta », « la », « mon », « ton » between a subject and a past
 * participle: the elided pronoun and « avoir » (« il ma tuée » → « il m'a
 * tuée », « ils mon donné » → « ils m'ont donné »).
 */
export const rule: Rule = {
  id: "grammar/fr-pronoun-avoir",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« ma, ta, la, mon, ton » pour « m'a, t'a, l'a, m'ont, t'ont » : « il ma tuée » → « il m'a tuée ».",
  explanation:
    "Between a subject (« il, elle, on, ils, qui, ça », or « ne ») and a past participle, « ma » cannot be the possessive: it is the pronoun « m' » and « a » (« il m'a vu »); likewise « ta » → « t'a », « la » → « l'a », « mon » → « m'ont », « ton » → « t'ont ». Words that are also nouns (« ma fiancée », « la donnée ») are left alone.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Only the trigger words, from the shared word index.
    for (const g of positionsOf(doc, ctx, SPLIT_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      if (i < 1 || i + 1 >= words.length) continue;
      const w = words[i] as Word;
      const right = SPLIT.get(w.lower);
      if (!right) continue;
      const before = key(words[i - 1] as Word);
      if (!BEFORE.has(before) && !(w.lower === "la" && BEFORE_LA.has(before))) continue;
      const next = words[i + 1] as Word;
      if (next.text !== next.lower || !participle(next.lower) || !isKnown(next.lower, "fr")) continue;
      // « ils mon donné » needs « ont »: a plural subject; « il ma » a singular one.
      if (right.endsWith("ont") !== PLURAL_SUBJECTS.has(before) && BEFORE.has(before) && before !== "qui" && before !== "ne" && before !== "n'") continue;
      const fixed = withCaseOf(w.text, right);
      ctx.report({
        range: w.range,
        message: `« ${w.text} ${next.text} » → « ${fixed} ${next.text} » (pronom élidé et verbe avoir).`,
        suggestions: [fixed],
        fix: { range: w.range, text: fixed },
      });
    }
  },
};
