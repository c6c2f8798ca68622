import type { Rule } from "../../rule.js";
import { classOf } from "../../util/fr-morph.js";
import { data } from "../../lang/fr/verbs.generated.js";
import { dictionary } from "../../spelling/dictionaries.js";
import { formFor } from "../../util/fr-conjugation.js";
import { CLITICS, key, skipWords, withCaseOf } from "../../util/fr-verbs.js";

/** Third persons often placed before their subject at the start of a sentence. */
const INVERTED: ReadonlySet<string> = new Set(data.invertedAtStart);
/** Determiners: after a verb opening the sentence, its object (« Prends le chemin ») or its inverted subject (« Vient le temps »). */
const DETERMINERS = new Set(["le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "son", "sa", "ses", "notre", "votre", "nos", "vos", "leur", "leurs"]);
/** Possessives of the second person singular: after a verb opening the sentence they mark an imperative (« Finis ton assiette »). */
const SECOND_PERSON_POSSESSIVES = new Set(["ton", "ta", "tes"]);

/** The imperative of the second person singular for a form in -es, -t, -d, or null. */
function imperative(v: string, negated: boolean): string | null {
  if (v === "vas") return "va";
  if (negated && v === "soit") return "sois";
  if (negated && v === "ait") return "aie";
  const c = classOf(v);
  if (v.endsWith("es")) {
    // « donnes » → « donne »: the -e form of a first-group verb.
    const e = v.slice(0, -1);
    const f = classOf(e);
    return c.finite && f.finite && f.verbRoots.some((r) => r.endsWith("er") && c.verbRoots.includes(r)) ? e : null;
  }
  // « N'est pas toujours produit », « Pourrait… », « Ne se point ménager »: a line of verse, a conditional, a noun.
  if (/[td]$/u.test(v) && v !== "est" && !v.endsWith("ait") && !c.nominal) {
    const right = formFor(v, "tu");
    return right && right.endsWith("s") ? right : null;
  }
  // « Ne dix rien » → « dis »: a number or a noun in -x whose -s form is a verb.
  if (negated && v.endsWith("x") && !c.finite && !c.infinitive && classOf(`${v.slice(0, -1)}s`).finite) return `${v.slice(0, -1)}s`;
  return null;
}

/**
 * A sentence that opens with a verb without a subject is an imperative, and
 * the imperative of the second person singular has no -s in the first group
 * and an -s in the others: « Ne donnes pas » → « donne », « Apportes ton
 * fric » → « Apporte », « Vient. » → « Viens », « Ne me prend pas » →
 * « prends », « Finit ton assiette » → « Finis ».
 */
export const rule: Rule = {
  id: "grammar/fr-imperative-person",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Impératif mal formé : « Ne donnes pas » → « Ne donne pas », « Vient. » → « Viens. », « Prend ton temps » → « Prends ton temps ».",
  explanation:
    "The imperative of the second person singular ends in -e for first-group verbs (« donne », « ne demande rien »; -s only before « en » and « y »: « donnes-en ») and in -s for the others (« viens », « prends », « finis », « ne dis rien »); « aller » gives « va ». The rule looks at a sentence that opens with « ne » (and object pronouns) and a verb, or opens with the verb itself, and reports a form in -es of a first-group verb, a third person in -t or -d (« vient », « prend », « finit »), « vas », and after « ne » also « soit », « ait ». Without « ne », a form in -t or -d is reported only when it is the whole sentence, is followed by « ton, ta, tes », or is followed by a determiner and is not one of the verbs often put before their subject (« Vient le temps des cerises », « Suit une liste » are inversions; the list is in `lang/fr/verbs.yml`), and a form in -es only when the dictionary does not know it as a noun (« Notes de lecture »).",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      const first = words[0];
      if (!first || first.kind !== "word") continue;
      const negated = key(first) === "ne" || key(first) === "n'";
      const at = negated ? skipWords(words, 1, CLITICS) : 0;
      const verb = words[at];
      if (!verb || verb.kind !== "word" || verb.elided || verb.lower.includes("-")) continue;
      const next = words[at + 1];
      // « Donnes-tu », « Prend-il »: hyphenated tokens were skipped; a following subject pronoun makes a question.
      if (next && /^(?:tu|il|elle|on|je|j')$/u.test(key(next))) continue;
      const v = verb.lower;
      const right = imperative(v, negated);
      if (!right) continue;
      if (!negated) {
        // « — Aie ! » fit le Chancelier: a verb of saying after a quotation, with its subject after it.
        if (verb.text === v && /[»”"—–]\s*$/u.test(s.block.text.slice(0, verb.start))) continue;
        // « Soit. », « Suffit ! »: an answer or an impersonal verb, not an imperative.
        if (v === "soit" || v === "ait" || v === "suffit") continue;
        // « Finis ton assiette », « Prends le chemin »; but « Vient le temps des cerises » (an inverted subject).
        if (/[td]$/u.test(v) && next && !SECOND_PERSON_POSSESSIVES.has(key(next)) && (INVERTED.has(v) || !DETERMINERS.has(key(next)))) continue;
        if (v.endsWith("es") && classOf(v).nominal) continue;
      }
      // « Castres », « Limoges »: a name the dictionary knows with its capital.
      if (verb.text !== v && dictionary("fr").analyze(verb.text).some((d) => d.via === null && d.root === verb.text)) continue;
      const fixed = withCaseOf(verb.text, right);
      ctx.report({
        range: verb.range,
        message: `Impératif : « ${verb.text} » → « ${fixed} ».`,
        suggestions: [fixed],
        fix: { range: verb.range, text: fixed },
      });
    }
  },
};
