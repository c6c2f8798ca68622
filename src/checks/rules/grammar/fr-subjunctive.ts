import type { Rule } from "../../rule.js";
import type { Sentence, Word } from "../../document/model.js";
import { data } from "../../lang/fr/subjunctive.generated.js";
import { dictionary } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { CLITICS as clitics, key as keyOf, skipWords as skip, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

// Module-level copies: the rule runs on every « que » of a post.
const CLITICS = clitics;
const key = keyOf;
const skipWords = skip;

type Person = "je" | "tu" | "il" | "nous" | "vous" | "ils";
type Forms = Partial<Record<Person, string>>;
interface Found {
  verb: Word;
  v: number;
  form: string;
  suggestions: string[];
}
/** A subjunctive trigger; « sentence start »: a locution like « bien que » opening the sentence. */
type Trigger = "sentence start" | "other";

/** Locutions by their last word: « afin », « à moins », « jusqu'à ce »; `clauseStart`: only opening a clause (« bien que »). */
const LOCUTIONS = new Map<string, Array<{ tokens: string[]; clauseStart: boolean }>>();
for (const [list, clauseStart] of [[data.conjunctions, false], [data.clauseStart, true]] as const) {
  for (const c of list) {
    const tokens = c.split(/ |(?<=')/u).filter(Boolean);
    const last = tokens[tokens.length - 1] as string;
    LOCUTIONS.set(last, [...(LOCUTIONS.get(last) ?? []), { tokens, clauseStart }]);
  }
}
/** Locutions followed by the indicative by their last word (« dès », « mesure »). */
const INDICATIVE_LOCUTIONS = new Map(data.indicativeConjunctions.map((c) => [c.split(" ").at(-1) as string, c.split(" ")]));
/** « lorsque », « lorsqu' », « quand »… */
const INDICATIVE_WORDS = new Set(data.indicativeWords.flatMap((w) => (w.endsWith("que") ? [w, `${w.slice(0, -1)}'`] : [w])));
/** The words the rule starts from, found through the shared word index. */
const TRIGGER_WORDS = triggers([...INDICATIVE_WORDS, "que", "qu'", "quoique", "quoiqu'"]);
const CLAUSE_LINKS = new Set(["et", "mais", "or", "car", "ou"]);
const COORDINATION = new Set(["et", "ou", "mais", "ni"]);
const VERBS = new Set(data.verbs);
const IMPERSONAL = new Set(data.impersonal);
const ADJECTIVES = new Set(data.adjectives);
const NOUNS = new Set(data.nouns);
const A_CE_QUE = new Set(data.aCeQue);
const STEMS = [...data.stems].sort((a, b) => b.ending.length - a.ending.length);

const SUBJECTS = new Map<string, Person>(
  Object.entries({ je: "je", "j'": "je", tu: "tu", il: "il", elle: "il", on: "il", "c'": "il", cela: "il", ça: "il", chacun: "il", personne: "il", nous: "nous", vous: "vous", ils: "ils", elles: "ils" }) as Array<[string, Person]>,
);
const SINGULAR_DETERMINERS = new Set(["le", "la", "l'", "un", "une", "ce", "cet", "cette", "mon", "ton", "son", "ma", "ta", "sa", "notre", "votre", "leur", "chaque"]);
const PLURAL_DETERMINERS = new Set(["les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "plusieurs", "quelques"]);
/** « ce » is the subject pronoun before a form of être or « ne » (« bien que ce soit »), a determiner otherwise (« pour que ce chat… »). */
const CE_VERBS = new Set(["est", "était", "sera", "serait", "fut", "fût", "soit", "ne", "n'"]);
/** Words allowed between a trigger verb and « que » (« je veux bien que », « je ne veux pas que »); not « plus », « tant » (comparison, consequence). */
const VERB_ADVERBS = new Set(["pas", "bien", "vraiment", "absolument", "surtout", "jamais", "point"]);
/** Between « être » and its adjective (« il est tout à fait normal que »); not « si », « plus », « aussi » (consequence, comparison). */
const ADJECTIVE_ADVERBS = new Set(["pas", "vraiment", "très", "bien", "absolument", "tout", "fort", "grand", "donc"]);
/** Between « avoir » and « peur », « envie »… */
const NOUN_ADVERBS = new Set(["pas", "bien", "très", "grand", "vraiment", "tellement", "un", "peu"]);
/** Negations that make « ne … que » a negated verb rather than the restriction « ne … que » (« il n'attend que ça »). */
const NEGATIONS = new Set(["pas", "plus", "jamais", "point", "guère"]);
/** Words before a trigger that make it a noun (« sans doute que », « la demande que »). */
const NOUN_MARKERS = new Set(["sans", "nul", "aucun", "aucune", "le", "la", "l'", "un", "une", "du", "des", "les", "ce", "cet", "cette", "mon", "ton", "son", "ma", "ta", "sa", "notre", "votre", "leur", "nos", "vos", "leurs", "mes", "tes", "ses", "ces"]);
const PERSONS = new Set(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"]);
const REFLEXIVE = new Set(["me", "m'", "te", "t'", "se", "s'"]);
/** After « bien que » opening a sentence, a verb followed by one of these may be a relative clause (« Bien qu'il avait donné à ses enfants » = a property he had given). */
const PREPOSITIONS = new Set(["à", "au", "aux", "de", "du", "d'", "après", "avant", "chez", "par", "pour", "sur"]);
/** « quand même », « quand bien même » (concession, hypothesis) take the conditional or the subjunctive. */
const QUAND_CONCESSIVE = new Set(["même", "bien"]);
/** Endings each person's indicative forms may have: a form that fits no other is an agreement error, left to other rules. */
const PERSON_ENDING: Record<Person, RegExp> = {
  je: /(?:s|x|ai)$/u,
  tu: /(?:s|x)$/u,
  il: /(?:t|d|a|c)$/u,
  nous: /(?:ons|mes)$/u,
  vous: /(?:ez|tes)$/u,
  ils: /(?:ent|ont)$/u,
};
/** Imperfect subjunctive (« qu'il vînt », « que je prisse »), right in a past context; not the presents « connaît », « croît ». */
const IMPERFECT_SUBJUNCTIVE = /(?:ss(?:e|es|ions|iez|ent)|(?:â|[^ao]î|û)n?t)$/u;
/** Conditional: the future stem (« aura », « mangera ») + -ais, -ait…; not the imperfect « couraient ». */
const CONDITIONAL = /r(?:ais|ait|ions|iez|aient)$/u;
const VERB_FLAG = /^[a-z][^'+.]$/u;

const ROOTS = new Map<string, string[]>();

/** Roots of which `word` is a conjugated form (not the infinitive, not a participle). */
function finiteRoots(word: string): string[] {
  let roots = ROOTS.get(word);
  if (roots) return roots;
  roots = [];
  for (const d of dictionary("fr").analyze(word)) {
    if (d.via !== null && VERB_FLAG.test(d.via) && d.root !== word && !roots.includes(d.root)) roots.push(d.root);
  }
  if (ROOTS.size > 20_000) ROOTS.clear();
  ROOTS.set(word, roots);
  return roots;
}

const isFormOf = (form: string, root: string): boolean => finiteRoots(form).includes(root);

/** A past participle (« voulu », « attendues », « permis »): its masculine singular has a feminine among the verb's forms. */
function isParticiple(form: string, root: string): boolean {
  for (const masculine of [form, form.replace(/e?s?$/u, "")]) {
    if (/[éiust]$/u.test(masculine) && (masculine === form || isFormOf(masculine, root)) && isFormOf(`${masculine}e`, root)) return true;
  }
  return false;
}

const SUBJUNCTIVES = new Map<string, Forms | null>();

/** Present subjunctive of a verb, each form checked against the dictionary; null when no stem is found. */
function subjunctive(root: string): Forms | null {
  if (SUBJUNCTIVES.has(root)) return SUBJUNCTIVES.get(root) ?? null;
  let forms: Forms | null = null;
  const irregular = data.irregular[root];
  if (irregular) forms = irregular;
  else {
    const entry = STEMS.find((s) => root.endsWith(s.ending));
    if (entry) {
      const base = root.slice(0, root.length - entry.ending.length);
      let singular: string | undefined = base + entry.singular;
      let plural = base + entry.plural;
      if (entry.ending === "er") {
        // « cède », « achète », « appelle », « emploie »: the stem of « ils cèdent » before a silent e.
        const variants = [base, base.replace(/é([^aeiouyéèê]+)$/u, "è$1"), base.replace(/e([^aeiouyéèê]+)$/u, "è$1"), base + base.slice(-1), base.replace(/y$/u, "i")];
        singular = variants.find((v) => isFormOf(`${v}e`, root));
      } else if (entry.ending === "ir" && isFormOf(`${base}issons`, root)) {
        singular = plural = `${base}iss`; // second group: « finisse »
      }
      if (singular !== undefined && isFormOf(`${singular}e`, root)) {
        forms = { je: `${singular}e`, tu: `${singular}es`, il: `${singular}e`, ils: `${singular}ent` };
        if (isFormOf(`${plural}ions`, root)) Object.assign(forms, { nous: `${plural}ions`, vous: `${plural}iez` });
      }
    }
  }
  SUBJUNCTIVES.set(root, forms);
  return forms;
}

/** The verb before a hyphenated inverted subject (« veux-tu », « faudrait-il »). */
const verbPart = (w: Word): string => {
  const k = key(w);
  const h = k.indexOf("-");
  return h > 0 ? k.slice(0, h) : k;
};
const verbRootsOf = (word: string): string[] => classOf(word).verbRoots;

/** Whether the text between two words holds punctuation (a clause boundary). */
const punctuationBetween = (s: Sentence, a: Word, b: Word): boolean => /[^\s'’]/u.test(s.block.text.slice(a.end, b.start));

/** Whether the clause of words[i] has « ne » before it with no negation after it: « il n'attend que ça » (restriction, not a negated verb). */
function restrictive(words: readonly Word[], verbIndex: number, queIndex: number): boolean {
  const before = words.slice(Math.max(0, verbIndex - 3), verbIndex).map(key);
  if (!before.includes("ne") && !before.includes("n'")) return false;
  return !words.slice(verbIndex + 1, queIndex).some((w) => NEGATIONS.has(key(w)));
}

/** Index of the last word before `i` that is not in `skip`. */
function back(words: readonly Word[], i: number, skip: ReadonlySet<string>): number {
  let k = i - 1;
  while (k >= 0 && skip.has(key(words[k] as Word))) k--;
  return k;
}

/** Whether the « que » at words[i] ends a locution followed by the indicative (« dès que », « après que »). */
function indicativeLocution(s: Sentence, i: number): boolean {
  const words = s.words;
  const prev = words[i - 1];
  const tokens = prev ? INDICATIVE_LOCUTIONS.get(key(prev)) : undefined;
  const start = i - (tokens?.length ?? 0);
  return !!tokens && !!prev && start >= 0 && tokens.every((t, k) => key(words[start + k] as Word) === t) && !punctuationBetween(s, prev, words[i] as Word);
}

/** What introduces the « que » at words[i]: null when it is not a subjunctive trigger. */
function trigger(s: Sentence, i: number): Trigger | null {
  const words = s.words;
  const prev = words[i - 1];
  if (!prev || punctuationBetween(s, prev, words[i] as Word)) return null;
  const p = key(prev);
  // Locutions: « afin que », « à moins que », « jusqu'à ce que », « bien que ».
  for (const { tokens, clauseStart } of LOCUTIONS.get(p) ?? []) {
    const start = i - tokens.length;
    if (start < 0 || !tokens.every((t, k) => key(words[start + k] as Word) === t)) continue;
    const before = words[start - 1];
    if (!clauseStart) {
      if (before && (key(before) === "de" || key(before) === "d'")) continue; // « le monde d'avant que… »
      return "other";
    }
    const atStart = !before || punctuationBetween(s, before, words[start] as Word) || CLAUSE_LINKS.has(key(before));
    if (!atStart) continue;
    if (p === "où" && s.text.trimEnd().endsWith("?")) continue; // « où que tu vas ? » (popular question)
    return before ? "other" : "sentence start";
  }
  // « à ce que » after « tenir », « veiller », « s'attendre »…
  if (p === "ce" && i >= 3 && key(words[i - 2] as Word) === "à") {
    const v = back(words, i - 2, VERB_ADVERBS);
    const vw = words[v];
    if (!vw || !verbRootsOf(verbPart(vw)).some((r) => A_CE_QUE.has(r))) return null;
    // A person wishes (« elle tient à ce que »); a thing depends on a fact (« son succès tient à ce qu'elle devient »: indicative).
    const subject = words[back(words, v, CLITICS)];
    return !subject || vw.lower.includes("-") || PERSONS.has(key(subject)) ? "other" : null;
  }
  // « il vaut mieux que », « mieux vaut que », « mieux aurait valu que ».
  if (p === "mieux" && words.slice(Math.max(0, i - 3), i - 1).some((w) => verbRootsOf(verbPart(w)).includes("valoir"))) return "other";
  // Nouns: « j'ai peur que », « de crainte que ».
  if (NOUNS.has(p)) {
    const v = back(words, i - 1, NOUN_ADVERBS);
    const vw = words[v];
    if (!vw) return null;
    const k = key(vw);
    if (k !== "de" && k !== "d'" && k !== "par" && !verbRootsOf(verbPart(vw)).some((r) => r === "avoir" || (r === "prendre" && p === "garde"))) return null;
    return restrictive(words, v, i) ? null : "other";
  }
  // Adjectives after être: « il est possible que », « je suis contente que ».
  const adjective = ADJECTIVES.has(p) || classOf(p).nominalRoots.some((r) => ADJECTIVES.has(r));
  if (adjective) {
    const v = back(words, i - 1, ADJECTIVE_ADVERBS);
    const vw = words[v];
    if (!vw || !verbRootsOf(verbPart(vw)).includes("être")) return null;
    return restrictive(words, v, i) ? null : "other";
  }
  // Verbs: « je veux que », « il faut que », « il se peut que ».
  const v = back(words, i, VERB_ADVERBS);
  const vw = words[v];
  if (!vw) return null;
  const form = verbPart(vw);
  const roots = verbRootsOf(form);
  const before = v > 0 ? key(words[v - 1] as Word) : "";
  // « il aurait mieux valu que », « mieux aurait valu que ».
  if (roots.includes("valoir") && words.slice(Math.max(0, v - 3), v).some((w) => key(w) === "mieux")) return "other";
  if (classOf(form).nominal && NOUN_MARKERS.has(before)) return null; // « sans doute que », « la demande que », « cette faille que »
  let found = false;
  for (const r of roots) {
    if (VERBS.has(r)) {
      if (r === "douter" && (REFLEXIVE.has(before) || ((before === "nous" || before === "vous") && v > 1 && key(words[v - 2] as Word) === before))) continue; // « se douter que »: indicative
      if (r === "douter" && words.slice(Math.max(0, v - 3), v).some((w) => key(w) === "ne" || key(w) === "n'")) continue; // « je ne doute pas qu'il viendra »
      found = true;
    } else if (IMPERSONAL.has(r)) {
      if (r === "pouvoir") {
        if ((before !== "se" && before !== "s'") || !/[ta]$/u.test(form)) continue; // « il se peut que »
      } else if (r !== "falloir") {
        // « il arrive que », « il importe que », « suffit-il que », « peu importe que »; not the narrative « il arriva que » (indicative).
        const subject = back(words, v, CLITICS);
        const s0 = subject >= 0 ? key(words[subject] as Word) : "";
        const impersonal = key(vw).endsWith("-il") || s0 === "il" || (r === "importer" && (before === "peu" || before === "qu'"));
        if (!impersonal || form === "arriva") continue;
      }
      found = true;
    }
  }
  if (!found || restrictive(words, v, i)) return null;
  // A participle needs its auxiliary: « il a voulu que », not « si attendu que » (consequence), « attendu que » (cause).
  if (roots.some((r) => isParticiple(form, r))) {
    const aux = words[back(words, v, VERB_ADVERBS)];
    if (!aux || !(PERSONS.has(key(aux)) || verbRootsOf(verbPart(aux)).some((r) => r === "avoir" || r === "être"))) return null;
  }
  return "other";
}

/** The subject after « que » at words[j]: its person and the index of the word after it. */
function subjectAt(words: readonly Word[], j: number): { person: Person; next: number } | null {
  const w = words[j];
  if (!w || w.kind !== "word") return null;
  const k = key(w);
  const pronoun = SUBJECTS.get(k);
  const after = words[j + 1];
  if (pronoun) return { person: pronoun, next: j + 1 };
  // « que l'on », « que quelqu'un », « que tout le monde ».
  if ((k === "l'" && after && key(after) === "on") || (k === "quelqu'" && after && key(after) === "un")) return { person: "il", next: j + 2 };
  if (k === "tout" && after && key(after) === "le" && words[j + 2] && key(words[j + 2] as Word) === "monde") return { person: "il", next: j + 3 };
  if (k === "ce" && after && CE_VERBS.has(key(after))) return { person: "il", next: j + 1 };
  const singular = SINGULAR_DETERMINERS.has(k);
  if (singular || PLURAL_DETERMINERS.has(k)) {
    if (!after || after.kind !== "word" || CLITICS.has(key(after)) || !classOf(after.lower).nominal) return null;
    return { person: singular ? "il" : "ils", next: j + 2 };
  }
  // A name: « afin que Valérie trouva ».
  if (/^\p{Lu}\p{Ll}/u.test(w.text) && !w.elided) return { person: "il", next: j + 1 };
  return null;
}

/**
 * An indicative verb (or passé simple) where French requires the subjunctive:
 * after « il faut que », « bien que », « afin que », « pour que », « sans que »,
 * « je veux que », « je doute que », « il est possible que »…; and a subjunctive
 * where it requires the indicative (« dès que », « lorsque », « après que »).
 */
export const rule: Rule = {
  id: "grammar/fr-subjunctive",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Indicatif au lieu du subjonctif après « il faut que », « bien que », « pour que », « je veux que »… (« qu'il vient » → « vienne »), et subjonctif après « dès que », « lorsque », « après que » (« dès qu'il vienne » → « vient »).",
  explanation:
    "Some conjunctions (« afin que », « pour que », « avant que », « sans que », « bien que », « quoique », « à moins que », « jusqu'à ce que »…), impersonal verbs (« il faut que », « il se peut que », « il arrive que », « il vaut mieux que »), verbs of will, feeling and doubt (« vouloir », « souhaiter », « craindre », « douter », « regretter »…) and adjectives after « être » (« il est possible que », « je suis content que ») take the subjunctive: « pour qu'il vienne », not « pour qu'il vient ». The rule looks at the verb after « que » and a subject pronoun, a name or a determiner and noun, and reports a conjugated form whose present subjunctive (built from the stem of « ils prennent » → « prenne », « nous prenions ») differs from it; forms shared by both moods (« qu'il mange »), the imperfect subjunctive (« qu'il vînt ») and the conditional are left alone. « après que », « je pense que », « il est probable que », « il sait bien que » take the indicative and are not triggers, nor is « que » as a relative pronoun, in a comparison or in « ne … que ». The other way round, after « dès que », « lorsque », « quand », « puisque », « parce que », « pendant que », « après que », « à mesure que » or « pourquoi », a form that only the subjunctive has (« vienne », « ayons », « eût », « prissent ») is reported with the indicative (« vient », « avons », « eut », « prirent »). A single suggestion is applied as a fix.",
  check(doc, ctx) {
    const report = (s: Sentence, i: number, found: Found, mood: string): void => {
      const fixed = found.suggestions.map((x) => withCaseOf(found.verb.text, x));
      ctx.report({
        range: found.verb.range,
        message: `${mood} attendu : « ${s.block.text.slice((s.words[i] as Word).start, found.verb.end)} » → « ${fixed.join(" » ou « ")} ».`,
        suggestions: fixed,
        ...(fixed.length === 1 ? { fix: { range: found.verb.range, text: fixed[0] as string } } : {}),
      });
    };
    const index = wordIndex(doc, ctx);
    let sentence: Sentence | undefined;
    /** The previous « que » of the sentence: « il faut que tu viennes et que tu manges » repeats its trigger. */
    let previous = -1;
    for (const g of positionsOf(doc, ctx, TRIGGER_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      if (s !== sentence) {
        sentence = s;
        previous = -1;
      }
      const words = s.words;
      const i = index.inSentence[g] as number;
      const lower = (words[i] as Word).lower;
      const c = lower.charCodeAt(0);
      // « q »: que, quoique, quand; « l », « p » and five letters or more: lorsque, puisque, pourquoi.
      if (c !== 113 && ((c !== 108 && c !== 112) || lower.length < 5)) continue;
      const q = key(words[i] as Word);
      const que = q === "que" || q === "qu'";
      // « dès que », « lorsque », « pourquoi »: a subjunctive there is reported.
      if (que ? indicativeLocution(s, i) : INDICATIVE_WORDS.has(q) && !(q === "quand" && QUAND_CONCESSIVE.has(key(words[i + 1] ?? (words[i] as Word))))) {
        const found = subjunctiveAfter(words, i);
        if (found && !literaryConditional(words, i, found)) report(s, i, found, "Indicatif");
        if (que) previous = -1;
        continue;
      }
      const quoique = q === "quoique" || q === "quoiqu'";
      if (!que && !quoique) continue;
      const coordinated = que && i > 0 && COORDINATION.has(key(words[i - 1] as Word));
      const at = coordinated ? previous : i;
      if (!coordinated) previous = i;
      // The verb first (cheap, cached), the trigger only for a verb that is not a subjunctive.
      const found = indicativeAfter(words, i);
      if (!found || at < 0) continue;
      const t = key(words[at] as Word).startsWith("quoiqu") ? "other" : trigger(s, at);
      if (!t) continue;
      // « Bien qu'il avait donné à ses enfants »: may be « un bien qu'il avait donné » (a relative clause).
      if (t === "sentence start") {
        const n = found.v + (finiteRoots(found.form).some((r) => r === "avoir" || r === "être") ? 2 : 1);
        const next = words[n];
        if (next && PREPOSITIONS.has(key(next))) continue;
      }
      report(s, i, found, "Subjonctif");
    }
  },
};

/** The subject after words[i] and the conjugated verb after it (and its object pronouns). */
function verbAfter(words: readonly Word[], i: number): { verb: Word; v: number; form: string; person: Person } | null {
  const subject = subjectAt(words, i + 1);
  if (!subject) return null;
  let v = skipWords(words, subject.next, CLITICS);
  let verb = words[v];
  if (!verb || verb.kind !== "word" || verb.elided) return null;
  let roots = finiteRoots(verb.lower);
  // « afin que le chat noir vient »: one adjective after the noun.
  if (roots.length === 0 && subject.next > i + 2 && classOf(verb.lower).nominal) {
    v = skipWords(words, v + 1, CLITICS);
    verb = words[v];
    if (!verb || verb.kind !== "word" || verb.elided) return null;
    roots = finiteRoots(verb.lower);
  }
  if (roots.length === 0) return null;
  return { verb, v, form: verb.lower, person: subject.person };
}

/** Verdicts by person and form: the rule meets the same few verbs after « que » again and again. */
const VERDICTS = new Map<string, readonly string[] | null>();

function cachedVerdict(kind: string, form: string, person: Person, compute: (form: string, person: Person) => string[] | null): readonly string[] | null {
  const k = `${kind}${person} ${form}`;
  let verdict = VERDICTS.get(k);
  if (verdict === undefined) {
    verdict = compute(form, person);
    if (VERDICTS.size > 20_000) VERDICTS.clear();
    VERDICTS.set(k, verdict);
  }
  return verdict;
}

/** The subjunctive forms to suggest for an indicative (or passé simple) form that differs from the present subjunctive, else null. */
function toSubjunctive(form: string, person: Person): string[] | null {
  if (!PERSON_ENDING[person].test(form) || IMPERFECT_SUBJUNCTIVE.test(form)) return null;
  const roots = finiteRoots(form);
  // The conditional is accepted after a concession (« bien qu'il aurait pu ») and met in « l'eût-il voulu que ça n'aurait rien changé ».
  if (CONDITIONAL.test(form)) {
    const future = form.replace(CONDITIONAL, "ra");
    if (roots.some((r) => isFormOf(future, r))) return null;
  }
  const suggestions: string[] = [];
  for (const r of roots) {
    const right = subjunctive(r)?.[person];
    if (right === form) return null;
    if (right && !suggestions.includes(right)) suggestions.push(right);
  }
  if (suggestions.length === 0) return null;
  if (form === "est") suggestions.push("ait"); // « qu'il est confiance »: « ait »
  // Passé simple « trouva », « vint », « fut » → imperfect subjunctive « trouvât », « vînt », « fût ».
  if (person === "il") {
    const imperfect = form.endsWith("a") ? `${form.slice(0, -1)}ât` : form.replace(/([iu])(n?t)$/u, (_m, vowel: string, end: string) => (vowel === "i" ? "î" : "û") + end);
    if (imperfect !== form && roots.some((r) => isFormOf(imperfect, r))) suggestions.push(imperfect);
  }
  return suggestions;
}

/** The verb after « que » at words[i] when it is an indicative form that differs from the present subjunctive. */
function indicativeAfter(words: readonly Word[], i: number): Found | null {
  const found = verbAfter(words, i);
  if (!found) return null;
  const suggestions = cachedVerdict("s", found.form, found.person, toSubjunctive);
  return suggestions ? { verb: found.verb, v: found.v, form: found.form, suggestions: [...suggestions] } : null;
}

/** Present indicative of a verb for a person when it differs from its subjunctive (« vienne » → « vient »), else undefined. */
function presentIndicative(root: string, person: Person, form: string): string | undefined {
  const irregular = data.presentIndicative[root];
  if (irregular) return irregular[person];
  // First group, « ouvrir », « cueillir »: same forms; « nous venions », « ils viennent »: also indicative (imperfect, present).
  if (root.endsWith("er") || /(?:vrir|frir|llir)$/u.test(root) || person === "nous" || person === "vous" || person === "ils") return form;
  const stem = form.replace(/es?$/u, "");
  const end = person === "il" ? "t" : "s";
  const candidates = [`${stem.replace(/(.)\1$/u, "$1")}${end}`, `${stem.slice(0, -1)}${end}`, `${stem.slice(0, -2)}${end}`, root.replace(/re$/u, person === "il" ? "" : "s")];
  return candidates.find((c) => c !== form && c.length > 1 && isFormOf(c, root));
}

/**
 * « eût », « fût » may be the literary past conditional (« parce qu'il eût été ridicule de… » = « aurait été »):
 * left alone after a cause (« puisque », « parce que ») or « pourquoi », and after « quand » in a sentence with
 * another conditional (« quand il l'eût voulu, il ne l'aurait pu »).
 */
function literaryConditional(words: readonly Word[], i: number, found: Found): boolean {
  if (!/^(?:eût|eussent|fût|fussent)$/u.test(found.form)) return false;
  const q = key(words[i] as Word);
  const prev = i > 0 ? key(words[i - 1] as Word) : "";
  if (q.startsWith("puisqu") || q === "pourquoi" || prev === "parce") return true;
  return q === "quand" && words.some((w, k) => k !== found.v && /(?:rais|rait|raient|eût|fût)$/u.test(w.lower));
}

/** The indicative forms to suggest for a subjunctive form that no indicative shares (« voie », « eût », « prissent »), else null. */
function toIndicative(form: string, person: Person): string[] | null {
  const roots = finiteRoots(form);
  const suggestions: string[] = [];
  if (person === "il" && /(?:â|[^ao]î|û)n?t$/u.test(form)) {
    // Imperfect subjunctive → passé simple: « eût » → « eut », « rencontrât » → « rencontra ».
    const past = form.endsWith("ât") ? form.slice(0, -2) + "a" : form.replace(/[îû]/u, (c) => (c === "î" ? "i" : "u"));
    if (roots.some((r) => isFormOf(past, r))) suggestions.push(past);
  } else if (person === "ils" && form.endsWith("ssent") && !roots.some((r) => subjunctive(r)?.ils === form)) {
    // « eussent » → « eurent », « prissent » → « prirent »; not the presents « finissent », « connaissent ».
    const present = form.replace(/ssent$/u, "ssons");
    const past = form.replace(/assent$/u, "èrent").replace(/([iu]n?)ssent$/u, "$1rent");
    if (!roots.some((r) => isFormOf(present, r)) && roots.some((r) => isFormOf(past, r))) suggestions.push(past);
  } else {
    for (const r of roots) {
      if (subjunctive(r)?.[person] !== form) return null; // an indicative of another verb (« peigne », « moule »)
      const indicative = presentIndicative(r, person, form);
      if (!indicative || indicative === form) return null;
      if (!suggestions.includes(indicative)) suggestions.push(indicative);
    }
  }
  return suggestions.length > 0 ? suggestions : null;
}

/** The verb after words[i] (« dès que », « lorsque », « pourquoi ») when it is a subjunctive form that no indicative shares. */
function subjunctiveAfter(words: readonly Word[], i: number): Found | null {
  const found = verbAfter(words, i);
  if (!found) return null;
  const suggestions = cachedVerdict("i", found.form, found.person, toIndicative);
  return suggestions ? { verb: found.verb, v: found.v, form: found.form, suggestions: [...suggestions] } : null;
}
