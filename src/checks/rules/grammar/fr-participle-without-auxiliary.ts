import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { firstGroupForm, infinitiveTriggers } from "../../util/fr-first-group.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";

/** Subject pronouns and the endings of the present and imperfect that agree with them. */
const SUBJECTS: Record<string, readonly string[]> = {
  je: ["e", "ais"], "j'": ["e", "ais"], tu: ["es", "ais"], il: ["e", "ait"], elle: ["e", "ait"], on: ["e", "ait"],
  nous: ["ons", "ions"], vous: ["ez", "iez"], ils: ["ent", "aient"], elles: ["ent", "aient"],
};
/** Object pronouns and « ne » between the subject and its verb (« il ne la lui donne »). */
const CLITICS = new Set(["ne", "n'", "me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'", "lui", "leur", "nous", "vous", "y", "en"]);
/** Pronouns that are never articles nor stressed: after them comes a verb (« s'y intéresse », « te mange »). */
const VERBAL_CLITICS = new Set(["ne", "n'", "me", "m'", "te", "t'", "se", "s'", "y", "en"]);
/** Words after which a subject pronoun is a stressed pronoun (« pour elle », « avec nous »). */
const NOT_SUBJECT = new Set(["à", "de", "d'", "pour", "sans", "avec", "chez", "par", "sur", "sous", "entre", "contre", "vers", "selon", "comme", "et", "ou", "ni", "moi", "toi", "soi", "lui", "eux", "sauf", "hormis", "envers", "devant", "derrière", "après", "avant", "malgré", "parmi", "dont", "le", "la", "l'", "les", "un", "une", "des", "du", "au", "aux"]);
/**
 * « nous », « vous » may be objects (« il me laisse vous aider ») and « on » is often « ont » miswritten (« ils on
 * mangé »): they count as subjects only at the start of a sentence or a clause.
 */
const CLAUSE_OPENERS = new Set(["et", "mais", "ou", "si", "quand", "lorsque", "puisque", "car", "où", "que", "qu'", "comme", "alors", "donc", "l'", "puis"]);

/** « mange », « mangeait », « commençons » from the stem « mang », « commenc » and an ending. */
function conjugate(stem: string, ending: string): string {
  if (/^[aoâ]/u.test(ending)) {
    if (stem.endsWith("g")) return `${stem}e${ending}`;
    if (stem.endsWith("c")) return `${stem.slice(0, -1)}ç${ending}`;
  }
  return stem + ending;
}

/**
 * A past participle right after a subject pronoun and its object pronouns (« on remué beaucoup », « je t'en
 * parlé », « il ne la lui donné pas ») or after « se », « te », « y » at the start of a sentence (« s'y
 * intéressé ») has no auxiliary: the conjugated verb, which sounds the same, is meant (« on remue », « je t'en
 * parle »).
 */
export const rule: Rule = {
  id: "grammar/fr-participle-without-auxiliary",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Participe passé sans auxiliaire après un pronom sujet : « on remué beaucoup » → « remue », « je t'en parlé » → « parle ».",
  explanation:
    "A past participle does not stand right after a subject pronoun (« je », « tu », « il », « on », « vous »…) and the object pronouns that go with the verb (« me », « te », « se », « y », « en », « la », « lui »…): the verb is conjugated there (« on remue beaucoup », « je t'en parle », « il ne la lui donne pas », « vous donnez »), or an auxiliary is missing (« je t'en ai parlé »). The same holds at the start of a sentence after « se », « te », « y », « en », « ne » (« s'y intéresse »). The rule reports first-group participles (-é, -ée, -és, -ées) there and suggests the present and the imperfect that agree with the subject. Left alone: a pronoun after a preposition or a conjunction (« pour elle », « et lui »), which may be a stressed pronoun before an attribute, and words that are also nouns or adjectives where no object pronoun stands between.",
  check(doc, ctx) {
    for (const { s, i, k } of infinitiveTriggers(doc, ctx, "pronoun")) {
      const words = s.words;
      const endings = SUBJECTS[k];
      // « En marché couvert »: « en » alone at the start is the preposition.
      const start = i === 0 && VERBAL_CLITICS.has(k) && !(k === "en" && !(words[1] && CLITICS.has(key(words[1] as Word))));
      if (!endings && !start) continue;
      // « vous qui donner du temps »: « qui » takes the person of « vous ».
      if (k === "vous" && words[i + 1] && key(words[i + 1] as Word) === "qui" && adjacent(s.block, words[i] as Word, words[i + 1] as Word)) {
        let v = i + 2;
        while (v < words.length && CLITICS.has(key(words[v] as Word)) && adjacent(s.block, words[v - 1] as Word, words[v] as Word)) v++;
        const verb = words[v];
        if (!plainWord(verb) || !adjacent(s.block, words[v - 1] as Word, verb)) continue;
        const form = firstGroupForm(verb.lower);
        if (!form || !(form.ending === "er" || form.ending.startsWith("é"))) continue;
        const forms = ["ez", "iez"].map((e) => conjugate(form.stem, e)).filter((f) => isKnown(f, "fr"));
        if (forms.length > 0) ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${forms.join(" », « ")} » (verbe conjugué après « vous qui »).`, suggestions: forms });
        continue;
      }
      if (endings && i > 0) {
        const prev = words[i - 1] as Word;
        const p = key(prev);
        if (!adjacent(s.block, prev, words[i] as Word)) continue;
        // « te l'on donné »: « l'ont » miswritten.
        if (p === "l'" && i > 1 && CLITICS.has(key(words[i - 2] as Word))) continue;
        if (k === "nous" || k === "vous" || k === "on" ? !CLAUSE_OPENERS.has(p) : NOT_SUBJECT.has(p) || classOf(prev.lower).finite) continue;
      }
      let j = endings ? i + 1 : i;
      let verbal = false;
      while (j < words.length && CLITICS.has(key(words[j] as Word)) && (j === i || adjacent(s.block, words[j - 1] as Word, words[j] as Word))) {
        if (VERBAL_CLITICS.has(key(words[j] as Word))) verbal = true;
        j++;
      }
      const verb = words[j];
      if (j === i || !plainWord(verb) || !adjacent(s.block, words[j - 1] as Word, verb)) continue;
      const form = firstGroupForm(verb.lower);
      if (!form || !/^é/u.test(form.ending)) continue;
      // « elle la pensée »: without « ne », « se », « y »… the word may be a noun or an adjective.
      if (!verbal && classOf(verb.lower).nominal) continue;
      // « Nous arrivés, la fête commença », « Lui parti, … »: a participle clause, set off by a comma.
      if (j === i + 1 && /^\s*,/u.test(s.block.text.slice(verb.end, verb.end + 3))) continue;
      const forms = (endings ?? ["e", "ait"]).map((e) => conjugate(form.stem, e)).filter((f) => isKnown(f, "fr")).map((f) => withCaseOf(verb.text, f));
      if (forms.length === 0) continue;
      ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${forms.join(" », « ")} » (verbe conjugué après le pronom sujet ; ou auxiliaire manquant).`, suggestions: forms });
    }
  },
};
