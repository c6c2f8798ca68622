import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { formFor, type Person } from "../../util/fr-conjugation.js";
import { adjacent } from "../../util/fr-nominal-group.js";
import type { Sentence } from "../../document/model.js";
import { AUXILIARIES, CLITICS, ETRE, NOT_VERBS, isFirstGroupStem, key, personEndings, skipWords } from "../../util/fr-verbs.js";

const PERSON = new Map<string, Person>(Object.entries({ je: "je", "j'": "je", tu: "tu", il: "il", elle: "il", on: "il", iel: "il", nous: "nous", vous: "vous", ils: "ils", elles: "ils", iels: "ils" }) as Array<[string, Person]>);
/** Stressed pronouns before « qui »: the verb of the relative takes their person (« moi qui suis », « toi qui sais »). */
const BEFORE_QUI = new Map<string, Person>(Object.entries({ moi: "je", toi: "tu", lui: "il", elle: "il", iel: "il", nous: "nous", vous: "vous", eux: "ils", elles: "ils", iels: "ils" }) as Array<[string, Person]>);
/** Pronouns that are the subject when a verb follows them (« celui-ci pense », « cela ne t'aidera pas »). */
const PRONOUN_SUBJECTS = new Map<string, Person>(Object.entries({ "celui-ci": "il", "celui-là": "il", "celle-ci": "il", "celle-là": "il", chacun: "il", chacune: "il", cela: "il", ceci: "il", ça: "il", "ceux-ci": "ils", "ceux-là": "ils", "celles-ci": "ils", "celles-là": "ils", "quelques-uns": "ils", "quelques-unes": "ils" }) as Array<[string, Person]>);
/** Pronouns that are the subject before « ne » (« personne ne peut », « nul ne sait »); elsewhere they are often objects or nouns. */
const BEFORE_NE = new Map<string, Person>(Object.entries({ personne: "il", rien: "il", nul: "il", nulle: "il", aucun: "il", aucune: "il" }) as Array<[string, Person]>);
/** « nous » and « vous » are often objects (« vous nous donnez », « pour vous aider »): taken as the subject only at the start of a sentence or after these. */
const CLAUSE_START = new Set(["et", "mais", "si", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "comme", "car", "où", "donc", "alors", "ensuite", "puis", "aujourd'hui", "demain", "hier", "enfin"]);
/** After these, « elle(s) » is not a subject (« avec elle », « pour elles »). */
const PREPOSITIONS = new Set(["en", "avec", "pour", "chez", "sans", "de", "d'", "à", "par", "sur", "contre", "entre", "vers", "après", "avant", "selon", "comme", "que", "qu'", "envers", "sauf", "derrière", "devant"]);
const RULES = Object.fromEntries(
  Object.entries(personEndings).map(([p, list]) => [p, [...list].sort((a, b) => b.wrong.length - a.wrong.length)]),
);

interface Subject {
  person: Person;
  /** Index of the first word after the subject (and « qui »). */
  next: number;
  /** A pronoun other than the personal subject pronouns: the verb must not be a noun as well when nothing stands between. */
  loose: boolean;
}

/** The word opens a sentence or a clause: first word, after a conjunction, or after a comma, a colon, a dash. */
function opensClause(s: Sentence, i: number): boolean {
  if (i === 0) return true;
  const prev = s.words[i - 1] as Word;
  return (CLAUSE_START.has(key(prev)) && key(prev) !== "comme") || !adjacent(s.block, prev, s.words[i] as Word);
}

function subjectAt(s: Sentence, i: number): Subject | null {
  const words = s.words;
  const k = key(words[i] as Word);
  const prev = i > 0 ? key(words[i - 1] as Word) : "";
  const after = i + 1 < words.length ? key(words[i + 1] as Word) : "";
  if (after === "qui") {
    const person = BEFORE_QUI.get(k);
    // « ceux d'entre nous qui » takes the person of « ceux », « l'animal en moi qui » that of « animal ».
    if (person && !PREPOSITIONS.has(prev)) return { person, next: i + 2, loose: false };
    return null;
  }
  const person = PERSON.get(k);
  if (person) {
    // « il s'est tu », « j'ai délibérément tu l'affaire »: the participle of « taire ».
    if (k === "tu" && words.slice(Math.max(0, i - 3), i).some((w) => AUXILIARIES.has(key(w)) || ETRE.has(key(w)))) return null;
    if (k.startsWith("elle") && PREPOSITIONS.has(prev)) return null;
    if ((k === "nous" || k === "vous") && i > 0 && !CLAUSE_START.has(prev)) return null;
    // « Pierre et elle étaient », « il ou elle conçoivent »: half of the subject.
    if ((k.startsWith("elle") || k.startsWith("iel")) && (prev === "et" || prev === "ou" || prev === "ni")) return null;
    // « le pronom “elles” est »: a quoted word.
    if (i + 1 < words.length && !adjacent(s.block, words[i] as Word, words[i + 1] as Word)) return null;
    return { person, next: i + 1, loose: false };
  }
  const pronoun = PRONOUN_SUBJECTS.get(k);
  if (pronoun && opensClause(s, i)) return { person: pronoun, next: i + 1, loose: true };
  // « quelqu'un » is split after the apostrophe.
  if ((k === "un" || k === "une") && prev === "quelqu'") return { person: "il", next: i + 1, loose: true };
  const beforeNe = BEFORE_NE.get(k);
  if (beforeNe && (after === "ne" || after === "n'") && (i === 0 || CLAUSE_START.has(prev) || prev === "que" || prev === "qu'")) return { person: beforeNe, next: i + 1, loose: true };
  return null;
}

/** The ending table of `lang/fr/verbs.yml`: null when no ending applies, "" when one applies but has no right form. */
function fromTable(verb: string, person: Person): string | null {
  for (const e of RULES[person] ?? []) {
    if (!verb.endsWith(e.wrong)) continue;
    const stem = verb.slice(0, verb.length - e.wrong.length);
    const right = stem + e.right;
    if (stem.length < 2 || !isKnown(right, "fr")) return null;
    if (e.needsInfinitive && !isFirstGroupStem(stem)) return null;
    return right;
  }
  return null;
}

/** « tu croix » → « crois », « je prix » → « pris »: a noun in -x whose -s form is a verb. */
function fromNounInX(verb: string, person: Person): string | null {
  if ((person !== "je" && person !== "tu") || !verb.endsWith("x")) return null;
  const form = `${verb.slice(0, -1)}s`;
  const v = classOf(verb);
  return !v.finite && !v.infinitive && classOf(form).finite ? form : null;
}

/**
 * A verb right after its subject pronoun (and object pronouns) whose ending
 * belongs to another person: « tu mange », « je manges », « il mangeais »,
 * « ils mangeait », « je prend », « il finis », « toi qui sait ». The endings
 * are in `lang/fr/verbs.yml` and `util/fr-conjugation.ts`.
 */
export const rule: Rule = {
  id: "grammar/fr-subject-verb-person",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Verbe qui ne s'accorde pas avec son pronom sujet : « tu mange », « je prend », « il finis », « moi qui donnes », « nous travaillez ».",
  explanation:
    "The verb agrees with its subject pronoun: « je mange », « tu manges », « il mangeait », « ils mangeaient », « je prends », « il finit ». The rule looks at the word after « je, tu, il, elle, on, iel, ils, elles, iels » (and « nous », « vous » at the start of a sentence or a clause, where they are the subject rather than an object), after a stressed pronoun and « qui » (« moi qui suis », « toi qui sais »: the relative takes the person of the pronoun), after subject pronouns such as « celui-ci », « chacun », « quelqu'un », « cela », « ceux-là », and after « personne, rien, nul, aucun » followed by « ne ». Object pronouns and « ne » in between are skipped. It reports an ending of another person (-es after « je » or « il », -e after « tu », -t or -d after « je » or « tu », -s after « il », -ait after « je », « tu » or « ils »…) when the dictionary has the right form of the same verb; for -e/-es, which nouns share, the stem must also be a first-group verb. « tu » after « avoir » or « être » (the participle of « taire ») and « elle » after a preposition are not subjects and are skipped.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i < words.length; i++) {
        const subject = subjectAt(s, i);
        if (!subject) continue;
        const { person } = subject;
        const at = skipWords(words, subject.next, CLITICS);
        const verb = words[at];
        if (!verb || verb.kind !== "word" || verb.elided) continue;
        const v = verb.lower;
        // « il vient », « il convient »: -ir verbs in the singular (but « ils croient », « elles fuient » are plural).
        if (person === "il" && /[^aeiouy]ient$/u.test(v)) continue;
        if (subject.loose && at === subject.next && classOf(v).nominal) continue;
        let right: string | null = null;
        if (!NOT_VERBS.has(v)) {
          right = fromTable(v, person);
          // « Alors, nous diront le chien et le chat »: an inverted « dire » in an aside; « nous », « vous » only at the start or before « qui ».
          if (!right && ((person !== "nous" && person !== "vous") || i === 0 || subject.next === i + 2)) right = formFor(v, person);
        } else if (/^(?:a|as|es|est)$/u.test(v)) right = formFor(v, person);
        right ??= fromNounInX(v, person);
        // « il suis »: « être » or « suivre ».
        if (v === "suis" && person === "il") right = "est";
        if (!right || right === v) continue;
        const fixed = verb.text.slice(0, 1) + right.slice(1);
        const both = v === "suis" && person === "il";
        ctx.report({
          range: verb.range,
          message: `Accord : « ${words[i]?.text} … ${verb.text} » → « ${both ? "est » ou « suit" : fixed} ».`,
          suggestions: both ? ["est", "suit"] : [fixed],
          ...(both ? {} : { fix: { range: verb.range, text: fixed } }),
        });
      }
    }
  },
};
