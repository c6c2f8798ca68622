import type { Rule, RuleContext } from "../../rule.js";
import type { Sentence, Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { formFor, verbForNoun, type Person } from "../../util/fr-conjugation.js";
import { PLURAL_DETERMINERS, SINGULAR_DETERMINERS, adjacent, determiners } from "../../util/fr-nominal-group.js";
import { ADVERBS, AUXILIARIES, CLITICS, ETRE, NOT_VERBS, key, skipWords } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/** Pronouns before « qui » and the person of the relative's verb. */
const PRONOUNS = new Map<string, Person>(Object.entries({ ce: "il", un: "il", une: "il", chose: "il", personne: "il", aucun: "il", aucune: "il", quiconque: "il", celui: "il", celle: "il", "celui-ci": "il", "celui-là": "il", "celle-ci": "il", "celle-là": "il", chacun: "il", chacune: "il", ceux: "ils", celles: "ils", "ceux-ci": "ils", "ceux-là": "ils", "celles-ci": "ils", "celles-là": "ils", plusieurs: "ils", beaucoup: "ils", certains: "ils", certaines: "ils", "quelques-uns": "ils", "quelques-unes": "ils" }) as Array<[string, Person]>);
/** « un des hommes qui viennent »: before the plural group, the antecedent may be the singular pronoun. */
const ONE_OF = new Set(["un", "une", "chacun", "chacune", "aucun", "aucune", "celui", "celle", "seul", "seule", "lequel", "laquelle", "nul", "nulle"]);
const CLAUSE_START = new Set(["mais", "si", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "car", "donc", "alors", "que", "qu'", "où"]);
/** With « être », these make a verb of the first or second person singular after « qui » possible (« je suis celui qui sais »). */
const FIRST_SECOND = new Set(["je", "j'", "moi", "tu", "toi", "t'"]);

/** The number of the nominal group that ends right before « qui » at `q`, or null. */
function groupBefore(s: Sentence, q: number, ctx: RuleContext): Person | null {
  const words = s.words;
  const noun = words[q - 1];
  if (!noun || !adjacent(s.block, noun, words[q] as Word)) return null;
  for (const d of determiners(words, ctx)) {
    if (d.index < q - 3 || d.index > q - 2) continue;
    // Every word of the group is lower case and adjacent (« les hommes qui », « des femmes âgées qui »).
    const group = words.slice(d.index, q);
    if (group.some((w, k) => w.kind !== "word" || (k > 0 && w.text !== w.lower) || (k > 0 && !adjacent(s.block, group[k - 1] as Word, w)))) continue;
    const n = classOf(noun.lower);
    // « gens » is an entry without inflection flags.
    if (!n.nominal && !(n.entry && d.plural && !n.finite && !n.infinitive)) continue;
    if (/[sx]$/u.test(noun.lower) !== d.plural) continue;
    const before = d.index > 0 ? key(words[d.index - 1] as Word) : "";
    const before2 = d.index > 1 ? key(words[d.index - 2] as Word) : "";
    // « le seul de mes amis qui a », « une expression de tous les diables qui était »: the antecedent may be the first noun.
    if (d.plural && (before === "de" || before === "d'" || ((before === "tous" || before === "toutes") && (before2 === "de" || before2 === "d'")))) return null;
    // « une approche des candidatures qui se veut »: « des » after a noun is « de les », a complement.
    if (key(words[d.index] as Word) === "des" && before !== "" && classOf(before).nominal && before !== "plupart") return null;
    if (d.plural) return ONE_OF.has(before) || before === "l'" ? null : "ils";
    // A singular group only when it opens the sentence or a clause: « les amis de ma sœur qui viennent ».
    return d.index === 0 || CLAUSE_START.has(before) ? "il" : null;
  }
  return null;
}

/** The words the rule starts from, found through the shared word index. */
const QUI = triggers(["qui"]);

/**
 * The verb of a relative clause whose subject is « qui » agrees with the
 * antecedent: « ceux qui chante » → « chantent », « des femmes qui conduise »
 * → « conduisent », « ce qui nous donnes » → « donne », « celui qui pensent »
 * → « pense ».
 */
export const rule: Rule = {
  id: "grammar/fr-relative-qui-verb",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Verbe après « qui » qui ne s'accorde pas avec l'antécédent : « ceux qui chante », « ce qui nous donnes », « les hommes qui pense ».",
  explanation:
    "« qui » takes the person and number of the word it stands for: « ceux qui chantent », « les femmes qui conduisent », « ce qui nous donne », « celui qui pense ». The rule looks at the verb after « qui » (and object pronouns) when the antecedent is a pronoun (« ce, celui, celle, ceux, celles, plusieurs, certains, quelques-uns »…) or a nominal group right before « qui » (a plural one anywhere, a singular one only at the start of a sentence or a clause: in « les amis de ma sœur qui viennent » the antecedent may be « amis »). A verb in the singular after a plural antecedent, in the plural after a singular one, or in the second person (« donnes ») after anything but « toi », is reported with the form of the same verb that agrees, when the dictionary has it. A noun written for its verb (« un homme qui oubli son devoir » → « oublie ») and « qui été » (« était », « a été ») are reported too. « un des hommes qui viennent », where the antecedent may be « un », a plural group after « de » (« le seul de mes amis qui a »), an aside between « qui » and the verb, and a first or second person after « je, moi, tu, toi » with « être » (« je suis celui qui sais ») are left alone.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Only the trigger words, from the shared word index.
    for (const g of positionsOf(doc, ctx, QUI)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const q = index.inSentence[g] as number;
      if (q < 1 || q + 1 >= words.length) continue;
      if ((words[q] as Word).lower !== "qui") continue;
      let ante = words[q - 1] as Word;
      // « celui d'entre nous qui ment »: the antecedent is the pronoun before « d'entre ».
      if (q >= 4 && key(words[q - 2] as Word) === "entre" && key(words[q - 3] as Word) === "d'") ante = words[q - 4] as Word;
      let person = PRONOUNS.get(key(ante)) ?? null;
      const prev = q >= 2 ? key(words[q - 2] as Word) : "";
      // « la personne qui », « au personne qui »: a noun; « quelque chose qui ».
      if (key(ante) === "personne" && (SINGULAR_DETERMINERS.has(prev) || PLURAL_DETERMINERS.has(prev))) person = null;
      if (key(ante) === "chose" && prev !== "quelque" && prev !== "autre") person = null;
      const pronounAntecedent = person !== null;
      if (person && key(words[q - 2] ?? ante) === "de" && person === "ils") person = null; // « l'opinion de certains qui »
      if (person === null) person = groupBefore(s, q, ctx);
      const next = words[q + 1] as Word;
      // « les gens qui, faute de temps, partent »: an aside between « qui » and the verb.
      if (!adjacent(s.block, words[q] as Word, next)) continue;
      // « qui été déterminé »: the participle of « être » without its auxiliary.
      if (next.lower === "été" || next.lower === "étés") {
        const right = person === "ils" ? ["étaient", "ont été"] : person === "il" ? ["était", "a été"] : ["était", "étaient", "a été", "ont été"];
        ctx.report({
          range: next.range,
          message: `« qui ${next.text} » : il manque l'auxiliaire ou le verbe est à conjuguer (« ${right.join(" », « ")} »).`,
          suggestions: right,
        });
        continue;
      }
      if (person === null) continue;
      const at = skipWords(words, q + 1, CLITICS);
      const verb = words[at];
      if (!verb || verb.kind !== "word" || verb.elided || verb.text !== verb.lower) continue;
      // « qui n'avait » is a verb, unlike « comme », « même »…
      if (NOT_VERBS.has(verb.lower) && !AUXILIARIES.has(verb.lower) && !ETRE.has(verb.lower)) continue;
      const v = verb.lower;
      // « un homme qui oubli son devoir », « la firme qui l'emploi »: a noun in place of its verb.
      if (!classOf(v).finite) {
        const noun = NOT_VERBS.has(v) || ADVERBS.has(v) ? null : verbForNoun(v, person);
        if (noun) ctx.report({ range: verb.range, message: `« qui ${verb.text} » : le verbe est « ${noun} ».`, suggestions: [noun], fix: { range: verb.range, text: noun } });
        continue;
      }
      // « il vient », « il convient »: -ir verbs in the singular.
      if (person === "il" && /[^aeiouy]ient$/u.test(v)) continue;
      // A verb of the first or second person singular (« donnes », « prends ») fits « moi qui », « toi qui ».
      // « notre père qui es aux cieux »: a noun may be addressed.
      if (!pronounAntecedent && /[sx]$/u.test(v)) continue;
      if (person === "il" && /[sx]$/u.test(v) && key(ante) !== "ce" && words.slice(0, q).some((w) => FIRST_SECOND.has(key(w))) && words.slice(0, q).some((w) => ETRE.has(key(w)))) continue;
      const right = formFor(v, person);
      if (!right) continue;
      ctx.report({
        range: verb.range,
        message: `Accord : « ${ante.text} qui … ${verb.text} » → « ${right} ».`,
        suggestions: [right],
        fix: { range: verb.range, text: right },
      });
    }
  },
};
