import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { key } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/** Pronouns joined to an imperative by a hyphen (« contactez-nous », « dis-moi », « allons-y »). */
const PRONOUNS = new Set(["moi", "toi", "nous", "vous", "lui", "leur", "le", "la", "les", "y", "en"]);
const PRONOUN_WORDS = triggers(PRONOUNS);
/** Only at the end of the clause: before a word they are an article or a preposition (« donne le livre », « parlez en public »). */
const CLAUSE_END_ONLY = new Set(["le", "la", "les", "en", "leur", "lui"]);
/** Words after which a clause (and an imperative) can start. */
const SUBJECTS = new Set(["je", "j'", "tu", "il", "elle", "on", "ils", "elles"]);
const OPENERS = new Set(["et", "puis", "alors", "mais", "donc", "ensuite", "ou", "enfin"]);

const gap = (text: string, a: Word, b: Word): string => text.slice(a.end, b.start);

/**
 * An imperative and its pronoun are joined by a hyphen: « Contactez nous »
 * → « Contactez-nous », « Dis moi » → « Dis-moi », « Allons y » → « Allons-y ».
 * The pronoun of a following infinitive stays apart (« venez nous voir »).
 */
export const rule: Rule = {
  id: "grammar/fr-imperative-hyphen",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Trait d'union entre l'impératif et son pronom : « Contactez nous » → « Contactez-nous », « dis moi » → « dis-moi ».",
  explanation:
    "An imperative and the pronouns that follow it are joined by hyphens: « contactez-nous », « rejoignez-nous », « dis-moi », « allons-y », « prends-en ». The rule looks at a verb form that opens a sentence or a clause (after a comma, a colon or « et, puis, mais, alors »…) and is only a verb in the dictionary, followed after a space by « moi, toi, nous, lui, leur, le, la, les, y, en ». It leaves alone a pronoun followed by an infinitive, which belongs to that verb (« venez nous voir », « allez y jeter un œil »), « le, la, les, lui, leur, en » when a word follows them (an article or a preposition: « donne le livre », « parlez en public »), and « -ez vous », « -ons nous », which the inversion rule reports.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // The pronouns, from the shared word index; the verb is the word before.
    for (const g of positionsOf(doc, ctx, PRONOUN_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const text = s.block.text;
      const i = (index.inSentence[g] as number) - 1;
      if (i < 0) continue;
      const verb = words[i] as Word;
      const pronoun = words[i + 1] as Word;
      const p = key(pronoun);
      if (!PRONOUNS.has(p) || verb.kind !== "word" || pronoun.kind !== "word" || gap(text, verb, pronoun) !== " ") continue;
      const v = verb.lower;
      if ((v.endsWith("ez") && p === "vous") || (v.endsWith("ons") && p === "nous")) continue;
      // The verb opens the sentence or a clause.
      if (i > 0) {
        const prev = words[i - 1] as Word;
        if (!OPENERS.has(key(prev)) && !/[,:;—–]/u.test(gap(text, prev, verb))) continue;
      }
      const c = classOf(v);
      if (!c.finite || c.nominal || c.infinitive || c.participle || c.entry) continue;
      if (!/(?:ez|ons|e|s)$/u.test(v) && v !== "va") continue;
      // « Veuillez nous y conduire »: more pronouns, then the infinitive they belong to.
      let j = i + 2;
      while (j < words.length && PRONOUNS.has(key(words[j] as Word)) && gap(text, words[j - 1] as Word, words[j] as Word) === " ") j++;
      const next = words[j];
      // « Viens, moi je m'ennuie »: an emphatic pronoun before a subject.
      if (next && SUBJECTS.has(key(next))) continue;
      const endsClause = !next || /[,.;:!?…)»]/u.test(gap(text, words[j - 1] as Word, next));
      if (CLAUSE_END_ONLY.has(p) && !endsClause) continue;
      if (next && !endsClause) {
        const n = classOf(next.lower);
        if (n.infinitive && !n.nominal) continue;
      }
      const right = `${verb.text}-${pronoun.text}`;
      const range: [number, number] = [verb.range[0], pronoun.range[1]];
      ctx.report({ range, message: `« ${verb.text} ${pronoun.text} » → « ${right} » (impératif et pronom).`, suggestions: [right], fix: { range, text: right } });
    }
  },
};
