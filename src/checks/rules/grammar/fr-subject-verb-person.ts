import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { formFor, verbForNoun, type Person } from "../../util/fr-conjugation.js";
import { adjacent } from "../../util/fr-nominal-group.js";
import type { Sentence } from "../../document/model.js";
import { ADVERBS, AUXILIARIES, CLITICS, ETRE, NOT_VERBS, isFirstGroupStem, key, personEndings, skipWords } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

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

/** Forms of « avoir » and « être » listed as non-verbs for other rules, conjugated here (« tu a » → « as », « vous ne l'avait » → « aviez »). */
const AUXILIARY_FORMS = /^(?:a|as|es|est|avais|avait|étais|était)$/u;
/** Subjects of a few verbs only. */
const ONLY_WITH = new Map<string, ReadonlySet<string>>([
  ["ce", new Set(["être", "devoir", "pouvoir"])],
  ["c'", new Set(["être", "devoir", "pouvoir"])],
  ["mieux", new Set(["valoir"])],
]);

/** Stressed pronouns that may be joined into a subject (« lui et elle »). */
const STRESSED = new Set(["moi", "toi", "lui", "elle", "nous", "vous", "eux", "elles"]);
const NEGATIVE_DETERMINERS = new Set(["aucun", "aucune", "nul", "nulle"]);

interface Subject {
  person: Person;
  /** « se » stands for a third person, singular or plural: no automatic fix. */
  reflexive?: boolean;
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

/** Every word that may start a subject: one Set lookup per word before anything else. */
const TRIGGERS: ReadonlySet<string> = new Set([...PERSON.keys(), ...BEFORE_QUI.keys(), ...PRONOUN_SUBJECTS.keys(), ...BEFORE_NE.keys(), ...ONLY_WITH.keys(), ...STRESSED, ...NEGATIVE_DETERMINERS, "un", "une", "se", "s'"]);

/** The same words, found through the shared word index: only they are visited. */
const TRIGGER_WORDS = triggers(TRIGGERS);

function subjectAt(s: Sentence, i: number): Subject | null {
  const words = s.words;
  const k = key(words[i] as Word);
  if (!TRIGGERS.has(k)) return null;
  const prev = i > 0 ? key(words[i - 1] as Word) : "";
  const after = i + 1 < words.length ? key(words[i + 1] as Word) : "";
  if (after === "qui") {
    const person = BEFORE_QUI.get(k);
    // « ceux d'entre nous qui » takes the person of « ceux », « l'animal en moi qui » that of « animal ».
    if (person && !PREPOSITIONS.has(prev)) return { person, next: i + 2, loose: false };
    return null;
  }
  // « lui et elle étaient », « vous et nous irons », « toi et moi partirons »: two stressed pronouns joined by « et ».
  if (STRESSED.has(k) && after === "et" && STRESSED.has(key(words[i + 2] ?? (words[i] as Word))) && opensClause(s, i)) {
    const both = [k, key(words[i + 2] as Word)];
    const person: Person = both.some((p) => p === "moi" || p === "nous") ? "nous" : both.some((p) => p === "toi" || p === "vous") ? "vous" : "ils";
    return { person, next: i + 3, loose: true };
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
  // « aucun homme ne sauraient », « nulle femme ne sait »: a negative determiner and a noun.
  if (NEGATIVE_DETERMINERS.has(k) && (key(words[i + 2] ?? (words[i] as Word)) === "ne" || key(words[i + 2] ?? (words[i] as Word)) === "n'") && opensClause(s, i) && classOf(after).nominal) return { person: "il", next: i + 2, loose: true };
  // « un des ingénieurs vinrent », « l'une d'entre elles viendras »: « un » is the subject.
  if ((k === "un" || k === "une") && (after === "des" || after === "d'") && (opensClause(s, i) || (prev === "l'" && opensClause(s, i - 1)))) {
    let n = i + 2;
    if (key(words[n] ?? (words[i] as Word)) === "entre") n++;
    const noun = words[n];
    if (noun && (classOf(noun.lower).nominal || /^(?:eux|elles|nous|vous)$/u.test(noun.lower)) && /[sx]$/u.test(noun.lower)) return { person: "il", next: n + 1, loose: true };
  }
  // « se crois élu », « s'en veux »: « se » stands for a third person; first and second person endings are wrong. After a subject pronoun, that pronoun is checked.
  if ((k === "se" || k === "s'") && !PERSON.has(prev) && !BEFORE_QUI.has(prev)) return { person: "il", next: i + 1, loose: true, reflexive: true };
  if (ONLY_WITH.has(k) && (i === 0 || opensClause(s, i) || (k === "mieux" && i > 0))) return { person: "il", next: i + 1, loose: true };
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

/** The form of `v` for `person`, or null when it already fits or is not a verb. */
function rightFor(v: string, person: Person, wide: boolean): string | null {
  // « il vient », « il convient »: -ir verbs in the singular (but « ils croient », « elles fuient » are plural).
  if (person === "il" && /[^aeiouy]ient$/u.test(v)) return null;
  if (v === "suis" && person === "il") return "est";
  let right: string | null = null;
  if (!NOT_VERBS.has(v)) {
    right = fromTable(v, person);
    if (!right && wide) right = formFor(v, person);
  } else if (AUXILIARY_FORMS.test(v)) right = formFor(v, person);
  right ??= fromNounInX(v, person);
  return right === v ? null : right;
}

/** « je travail » → « travaille », « elle ne m'oubli pas » → « oublie »: a noun in place of its verb, right after a personal subject pronoun. */
function nounForVerb(v: string, person: Person, subject: Subject): string | null {
  return subject.loose || NOT_VERBS.has(v) || ADVERBS.has(v) ? null : verbForNoun(v, person);
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
    "The verb agrees with its subject pronoun: « je mange », « tu manges », « il mangeait », « ils mangeaient », « je prends », « il finit ». The rule looks at the word after « je, tu, il, elle, on, iel, ils, elles, iels » (and « nous », « vous » at the start of a sentence or a clause, where they are the subject rather than an object), after a stressed pronoun and « qui » (« moi qui suis », « toi qui sais »: the relative takes the person of the pronoun), after subject pronouns such as « celui-ci », « chacun », « quelqu'un », « cela », « ceux-là », after « personne, rien, nul, aucun » (or « aucun homme ») followed by « ne », after « un des … », after two stressed pronouns joined by « et » (« lui et elle étaient », « vous et nous irons »), after « ce » with « être, devoir, pouvoir » (« ce seras » → « sera »; « ce sont » is right) and « mieux » with « valoir », and after « se » (which stands for a third person: « se crois élu » → « croit » or « croient », without automatic fix). Object pronouns and « ne » in between are skipped, and a second verb joined by « et » is checked too (« tu connais et voit » → « vois »). It reports an ending of another person (-es after « je » or « il », -e after « tu », -t or -d after « je » or « tu », -s after « il », -ait after « je », « tu » or « ils »…) when the dictionary has the right form of the same verb; for -e/-es, which nouns share, the stem must also be a first-group verb. A noun in place of its verb is reported as well (« je travail » → « travaille », « tu croix » → « crois »). « tu » after « avoir » or « être » (the participle of « taire »), « elle » after a preposition or « et » (« Pierre et elle étaient »), and a quoted pronoun are not subjects and are skipped; « ils, elles » + -e is left to grammar/fr-plural-subject-verb.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    for (const g of positionsOf(doc, ctx, TRIGGER_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      const subject = subjectAt(s, i);
      if (!subject) continue;
      const { person } = subject;
      const at = skipWords(words, subject.next, CLITICS);
      const verb = words[at];
      if (!verb || verb.kind !== "word" || verb.elided) continue;
      if (subject.loose && !subject.reflexive && at === subject.next && classOf(verb.lower).nominal) continue;
      // « ce » is the subject of « être », « devoir », « pouvoir » (« ce devrait être »); « mieux » of « valoir » (« mieux vaut »).
      const only = ONLY_WITH.get(key(words[i] as Word));
      if (only && !classOf(verb.lower).verbRoots.some((r) => only.has(r))) continue;
      // « l'un des chants les plus diffusés »: after a pronoun other than a personal one, « le, la, les » may be articles.
      if (subject.loose && (ADVERBS.has(verb.lower) || (words.slice(subject.next, at).some((w) => /^(?:le|la|les|l')$/u.test(key(w))) && classOf(verb.lower).nominal))) continue;
      if (subject.reflexive && (!/(?:[^n][sx]|ai)$/u.test(verb.lower) || ADVERBS.has(verb.lower) || verb.lower === "point")) continue;
      // « ce sont », « c'étaient »: « ce » takes a plural verb before a plural attribute; only first and second persons are wrong (« ce seras »).
      if (only && !/[sx]$/u.test(verb.lower)) continue;
      // « nous », « vous » with endings outside the table only at the start or before « qui » (« Alors, nous diront le chien »: an aside).
      const wide = (person !== "nous" && person !== "vous") || i === 0 || subject.next === i + 2;
      // « ils écoute »: reported by grammar/fr-plural-subject-verb.
      if ((key(words[i] as Word) === "ils" || key(words[i] as Word) === "elles") && subject.next === i + 1 && verb.lower.endsWith("e")) continue;
      let right = rightFor(verb.lower, person, wide) ?? (wide ? nounForVerb(verb.lower, person, subject) : null);
      let target = verb;
      // « tu connais et voit » → « vois »: a second verb joined by « et » to one that agrees.
      const and = words[at + 1];
      if (!right && !subject.loose && classOf(verb.lower).finite && and && key(and) === "et" && adjacent(s.block, verb, and)) {
        const second = words[skipWords(words, at + 2, CLITICS)];
        const c = second && second.kind === "word" && !second.elided ? classOf(second.lower) : null;
        if (second && c && c.finite && !c.nominal && !c.participle && !c.infinitive && adjacent(s.block, and, words[at + 2] as Word)) {
          right = rightFor(second.lower, person, wide);
          target = second;
        }
      }
      if (!right) continue;
      const v = target.lower;
      const fixed = target.text.slice(0, 1) + right.slice(1);
      // « il suis »: « être » or « suivre ».
      const both = v === "suis" && person === "il";
      const plural = subject.reflexive ? formFor(right, "ils") : null;
      const suggestions = both ? ["est", "suit"] : plural ? [fixed, plural] : [fixed];
      ctx.report({
        range: target.range,
        message: `Accord : « ${words[i]?.text} … ${target.text} » → « ${suggestions.join(" » ou « ")} ».`,
        suggestions,
        ...(suggestions.length > 1 || subject.reflexive ? {} : { fix: { range: target.range, text: fixed } }),
      });
    }
  },
};
