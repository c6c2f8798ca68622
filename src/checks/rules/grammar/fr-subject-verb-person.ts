import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { AUXILIARIES, CLITICS, ETRE, NOT_VERBS, isFirstGroupStem, key, personEndings, skipWords } from "../../util/fr-verbs.js";

const PERSON = new Map(Object.entries({ je: "je", "j'": "je", tu: "tu", il: "il", elle: "il", on: "il", nous: "nous", vous: "vous", ils: "ils", elles: "ils" }));
/** « nous » and « vous » are often objects (« vous nous donnez », « pour vous aider »): taken as the subject only at the start of a sentence or after these. */
const CLAUSE_START = new Set(["et", "mais", "si", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "comme", "car", "où", "donc", "alors", "ensuite", "puis", "aujourd'hui", "demain", "hier", "enfin"]);
/** After these, « elle(s) » is not a subject (« avec elle », « pour elles »). */
const PREPOSITIONS = new Set(["avec", "pour", "chez", "sans", "de", "d'", "à", "par", "sur", "contre", "entre", "vers", "après", "avant", "selon", "comme", "que", "qu'", "envers", "sauf", "derrière", "devant"]);
const RULES = Object.fromEntries(
  Object.entries(personEndings).map(([p, list]) => [p, [...list].sort((a, b) => b.wrong.length - a.wrong.length)]),
);

/**
 * A verb right after its subject pronoun (and object pronouns) whose ending
 * belongs to another person: « tu mange », « je manges », « il mangeais »,
 * « ils mangeait ». The ending table is in `lang/fr/verbs.yml`.
 */
export const rule: Rule = {
  id: "grammar/fr-subject-verb-person",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Verbe qui ne s'accorde pas avec son pronom sujet : « tu mange », « je manges », « il mangeais », « nous travaillez ».",
  explanation:
    "The verb agrees with its subject pronoun: « je mange », « tu manges », « il mangeait », « ils mangeaient ». The rule looks at the word after « je, tu, il, elle, on, ils, elles » (and « nous », « vous » at the start of a sentence or a clause, where they are the subject rather than an object) and any object pronouns, and reports an ending of another person (-es after « je » or « il », -e after « tu », -ait after « je », « tu » or « ils », -ais after « il »…) when the form with the right ending is in the dictionary; for -e/-es/-ent, which nouns share, the stem must also be a first-group verb. « tu » after « avoir » or « être » (the participle of « taire ») and « elle » after a preposition are not subjects and are skipped.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i < words.length; i++) {
        const subject = key(words[i] as Word);
        const person = PERSON.get(subject);
        if (!person) continue;
        const prev = i > 0 ? key(words[i - 1] as Word) : "";
        // « il s'est tu », « j'ai délibérément tu l'affaire »: the participle of « taire ».
        if (subject === "tu" && words.slice(Math.max(0, i - 3), i).some((w) => AUXILIARIES.has(key(w)) || ETRE.has(key(w)))) continue;
        if (subject.startsWith("elle") && PREPOSITIONS.has(prev)) continue;
        if ((subject === "nous" || subject === "vous") && i > 0 && !CLAUSE_START.has(prev)) continue;
        const verb = words[skipWords(words, i + 1, CLITICS)];
        if (!verb || verb.kind !== "word" || verb.elided || NOT_VERBS.has(verb.lower)) continue;
        if (verb.lower.endsWith("ient")) continue; // « il vient », « il convient »: -ir verbs in the singular.
        for (const e of RULES[person] ?? []) {
          if (!verb.lower.endsWith(e.wrong)) continue;
          const stem = verb.lower.slice(0, verb.lower.length - e.wrong.length);
          const right = stem + e.right;
          if (stem.length < 2 || !isKnown(right, "fr")) break;
          if (e.needsInfinitive && !isFirstGroupStem(stem)) break;
          const fixed = verb.text.slice(0, stem.length) + e.right;
          ctx.report({
            range: verb.range,
            message: `Accord : « ${words[i]?.text} … ${verb.text} » → « ${fixed} ».`,
            suggestions: [fixed],
            fix: { range: verb.range, text: fixed },
          });
          break;
        }
      }
    }
  },
};
