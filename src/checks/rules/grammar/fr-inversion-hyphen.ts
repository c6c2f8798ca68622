import type { Rule } from "../../rule.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { isSpace } from "../../util/fr-regex-window.js";

/**
 * Verb–subject inversion without its hyphen (« pouvons nous », « était il »,
 * « as tu ») and the euphonic « -t- » mistyped (« a t’il », « a-t il », « vient-t-il »).
 */
/**
 * « a t’il », « a-t il »: separators, « t », separators, the pronoun. The pattern starts at the « t » and checks the
 * separator before it with a lookbehind (V8 then skips from « t » to « t » instead of trying every position); the
 * separators before it, which the match starts with, are added by the loop.
 */
const T_FORM = /t(?<=[\s\-−‑]t)[\s'’\-−‑]+(il|elle|on|ils|elles|iels?)(?![\p{L}'’-])/giu;
/** The characters of `[\s\-−‑]`. */
const isSeparator = (c: number): boolean => c === 0x2d || c === 0x2212 || c === 0x2011 || isSpace(c);
const SPACED = /[ \u00A0]+(je|tu|il|elle|on|nous|vous|ils|elles|iels?|ce)(?![\p{L}\p{N}'’-])/giu;
const LETTER = /\p{L}/u;
/** A cheap first look at the word before the pronoun: could it be a verb for that pronoun? */
const CANDIDATE: Record<string, RegExp> = {
  nous: /(?:ons|^sommes)$/u,
  vous: /(?:ez|^êtes|^faites|^dites|^faîtes)$/u,
  je: /(?:ai|ais|uis|ois|eux|ens|ends|ets|is|ense|ains)$/u,
  tu: /(?:s|x)$/u,
  ce: /^(?:est|était|sera|serait|fut)$/u,
  il: /(?:[aetd])$/u,
  elle: /(?:[aetd])$/u,
  on: /(?:[aetd])$/u,
  iel: /(?:[aetd])$/u,
  ils: /(?:nt)$/u,
  elles: /(?:nt)$/u,
  iels: /(?:nt)$/u,
};
const LAST_WORD = /([\p{L}'’]+)[ \u00A0]*$/u;

const set = (s: string): ReadonlySet<string> => new Set(s.split(" "));
const JE = set("ai suis puis dois peux vais sais fais vois crois veux dis prends mets viens tiens pense crains");
const TU = set("as es peux veux sais vas fais dois vois crois connais penses aimes viens tiens prends mets dis sens");
const IL = set("a va est fait peut doit faut vient tient sait veut dit prend met vaut suffit semble reste sera aura fera ira pourra devra faudra voudra saura viendra prendra");
const ILS = set("sont ont vont font peuvent doivent veulent savent viennent tiennent prennent disent mettent");
const CE = set("est était sera serait fut");
/** Words that end like verbs but are not: « le lait », « chez », « dont », « le client ». */
const NOT_VERB = set(
  "rendez chez assez nez rez lez lait trait portrait souhait attrait extrait retrait forfait bienfait méfait parfait abstrait distrait surfait vrai mais jamais désormais frais délai essai relais palais marais anglais français balai quai embarras débarras bras gras ras tracas dont pont front affront mont comment moment souvent parent client patient argent accident président agent talent cent dent vent gent sergent adolescent événement évènement élément",
);
const DETERMINER = set("le la les l un une des du de d ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs au aux quel quelle quels quelles");
const INFINITIVE_NEXT = /^\s+(?:\p{L}+(?:er|ir|re|oir)|en|y|le|la|les|l['’]\p{L}+(?:er|ir|re|oir))(?![\p{L}'’-])/iu;
const CLAUSE_START = /[.!?;:,«»()—–]/u;
const SUBJECT_IN = (pronoun: string): RegExp => new RegExp(`(?:^|[^\\p{L}'’-])${pronoun}(?![\\p{L}'’-])`, "iu");
const NOUS_BEFORE = SUBJECT_IN("nous");
const VOUS_BEFORE = SUBJECT_IN("vous");

function isQuestion(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === "?") return true;
    if (c === "." || c === "!" || c === "…" || c === "\n") return false;
  }
  return false;
}

/** « , croyons nous, », « dit il. »: an incise between commas (or before the sentence's end). */
function isIncise(text: string, verbStart: number, end: number): boolean {
  return /,\s*$/u.test(text.slice(Math.max(0, verbStart - 3), verbStart)) && /^\s*[,.;]/u.test(text.slice(end, end + 3));
}

const endsWithVowel = (w: string): boolean => /[aeé]$/iu.test(w);

/** Whether `verb` + `pronoun` (written apart) is an inversion. */
function isInversion(verb: string, pronoun: string, question: boolean, incise: boolean, clause: string, next: string): boolean {
  const v = verb.toLowerCase();
  if (NOT_VERB.has(v)) return false;
  // « Venez vous asseoir », « allons nous promener »: the pronoun belongs to the infinitive that follows.
  if ((pronoun === "nous" || pronoun === "vous") && !question && INFINITIVE_NEXT.test(next)) return false;
  switch (pronoun) {
    case "nous":
      if (NOUS_BEFORE.test(clause)) return false;
      if (v === "sommes") return true;
      // « les actions nous », « nos raisons nous »: the plural of a noun is not a verb.
      return v.length >= 5 && v.endsWith("ons") && !isKnown(v.slice(0, -1), "fr");
    case "vous":
      if (VOUS_BEFORE.test(clause)) return false;
      return (v.length >= 4 && v.endsWith("ez")) || v === "êtes" || v === "faites" || v === "dites";
    case "je":
      return (question || incise) && (JE.has(v) || (v.length >= 5 && /[^v]rais?$/u.test(v)));
    case "tu":
      return question && (TU.has(v) || (v.length >= 6 && /ras$|rais$/u.test(v)));
    case "ce":
      return question && CE.has(v);
    case "il":
    case "elle":
    case "on":
    case "iel":
      return (question || incise) && (IL.has(v) || (v.length >= 5 && /(?:ait|aît|vient|tient)$/u.test(v)));
    default:
      // ils, elles, iels
      return (question || incise) && (ILS.has(v) || (v.length >= 5 && /(?:ront|[^m]ent)$/u.test(v)));
  }
}

export const rule: Rule = {
  id: "grammar/fr-inversion-hyphen",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Trait d’union de l’inversion du sujet : « pouvons-nous », « était-il », « a-t-il » (et non « a t’il »).",
  explanation:
    "When the subject pronoun follows its verb (questions, incises, imperatives with « nous »/« vous »), they are joined by a hyphen, and a verb ending in a vowel takes a euphonic « -t- » before il/elle/on: « pouvons-nous », « voulez-vous », « était-il », « a-t-il », « viennent-ils ». The rule reports « -t- » written with a space or an apostrophe (« a t’il », « a-t il ») or where the verb already ends in -t/-d or the pronoun is plural (« vient-t-il »). For a verb and a pronoun separated by a space, it needs a verb form: « -ons nous » (not the plural of a noun, and no « nous » subject earlier in the clause), « -ez vous » (no « vous » subject earlier), and for je/tu/il/elle/on/ils/elles a listed verb or a verb ending (-ait, -rai, -ras, -ent, -ront) in a question ending with « ? » or an incise between commas. The fix puts in the hyphen (and the « -t- » when needed).",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      const text = b.text;
      const report = (start: number, end: number, right: string, why: string): void => {
        const range = b.toSource(start, end);
        const wrong = text.slice(start, end);
        ctx.report({ range, message: `« ${wrong} » → « ${right} » (${why}).`, suggestions: [right], fix: { range, text: right } });
      };
      T_FORM.lastIndex = 0;
      for (let m = T_FORM.exec(text); m !== null; m = T_FORM.exec(text)) {
        // The match with the separators before « t » (at least one, as the lookbehind saw).
        let start = m.index;
        while (start > 0 && isSeparator(text.charCodeAt(start - 1))) start--;
        const whole = text.slice(start, m.index + m[0].length);
        const verb = LAST_WORD.exec(text.slice(Math.max(0, start - 30), start))?.[1];
        if (!verb || /['’]$/u.test(verb)) continue;
        const pronoun = (m[1] as string).toLowerCase();
        const sep = whole.slice(0, whole.length - (m[1] as string).length);
        const plural = pronoun.endsWith("s");
        const right = plural || /[td]$/iu.test(verb) ? "-" : "-t-";
        if (sep === right) continue;
        report(start, start + sep.length, right, right === "-t-" ? "« t » euphonique entre traits d’union" : "pas de « t » euphonique après -t, -d ou devant un pluriel");
      }
      SPACED.lastIndex = 0;
      for (let m = SPACED.exec(text); m !== null; m = SPACED.exec(text)) {
        let verbStart = m.index;
        while (verbStart > 0 && LETTER.test(text[verbStart - 1] as string)) verbStart--;
        if (verbStart === m.index) continue;
        const verb = text.slice(verbStart, m.index);
        if (!CANDIDATE[(m[1] as string).toLowerCase()]?.test(verb.toLowerCase())) continue;
        const prevChar = text[verbStart - 1] ?? "";
        // « aujourd’hui », « l’avions », « était-il »: not a verb standing alone.
        if (/['’\-\p{N}]/u.test(prevChar)) continue;
        // Clause before the verb: back to the last punctuation mark.
        let c = verbStart - 1;
        while (c >= 0 && !CLAUSE_START.test(text[c] as string)) c--;
        const clause = text.slice(c + 1, verbStart);
        const prevWord = /([\p{L}]+)['’]?\s*$/u.exec(clause)?.[1]?.toLowerCase();
        if (prevWord && DETERMINER.has(prevWord)) continue;
        // A capital in the middle of a clause is a name (« Martinez vous »).
        if (clause.trim() !== "" && verb[0] !== (verb[0] as string).toLowerCase()) continue;
        const pronoun = (m[1] as string).toLowerCase();
        const end = m.index + m[0].length;
        if (pronoun === "il" && /^\s+y\s/u.test(text.slice(end, end + 4))) continue;
        if (!isInversion(verb, pronoun, isQuestion(text, end), isIncise(text, verbStart, end), clause, text.slice(end, end + 30))) continue;
        const joint = ["il", "elle", "on", "iel"].includes(pronoun) && endsWithVowel(verb) ? "-t-" : "-";
        report(verbStart, end, `${verb}${joint}${m[1] as string}`, "inversion du sujet");
      }
    }
  },
};
