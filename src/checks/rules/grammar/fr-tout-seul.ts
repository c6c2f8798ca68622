import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent } from "../../util/fr-nominal-group.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";

const FORMS = new Map<string, { word: "tout" | "seul"; plural: boolean; feminine: boolean }>([
  ["tout", { word: "tout", plural: false, feminine: false }], ["toute", { word: "tout", plural: false, feminine: true }],
  ["tous", { word: "tout", plural: true, feminine: false }], ["toutes", { word: "tout", plural: true, feminine: true }],
  ["seul", { word: "seul", plural: false, feminine: false }], ["seule", { word: "seul", plural: false, feminine: true }],
  ["seuls", { word: "seul", plural: true, feminine: false }], ["seules", { word: "seul", plural: true, feminine: true }],
]);
const SPELLING = { tout: ["tout", "toute", "tous", "toutes"], seul: ["seul", "seule", "seuls", "seules"] } as const;
/** Determiners and pronouns with the number (and for some the gender) they show. */
const PLURAL = new Set(["les", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "ceux", "celles"]);
const MASCULINE = new Set(["le", "ce", "cet", "ceux"]);
const FEMININE = new Set(["la", "cette", "ma", "ta", "sa", "celles"]);
/** Singular determiners whose gender the text does not show (« mon amie », « l'ami »). */
const SINGULAR = new Set(["l'", "mon", "ton", "son", "leur", "notre", "votre"]);
/** Determiners that are also object pronouns before a verb (« Tout la fait pleurer »). */
const OBJECT_PRONOUNS = new Set(["le", "la", "les", "l'", "leur"]);
const AFTER_PREPOSITION = new Set(["de", "d'", "du", "à", "pour", "sur", "en", "avant", "après", "malgré", "rien", "par"]);

/**
 * « tout » and « seul » before a determiner agree with the noun group it
 * starts: « tout les hommes » → « tous », « toutes sa dévotion » → « toute »,
 * « seule ces femmes » → « seules ». The determiner tells the number, and
 * the gender when it has one (« la », « cette », « le », « ce »).
 */
export const rule: Rule = {
  id: "grammar/fr-tout-seul",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« tout », « seul » qui ne s'accordent pas avec le groupe qu'ils précèdent : « tout les hommes », « toutes sa dévotion », « seule ces femmes ».",
  explanation:
    "Before a determiner, « tout » and « seul » agree with the noun group: « tous les hommes », « toute sa dévotion », « tout le monde », « seules ces femmes ». The rule reads the number from the determiner (« les, ces, mes… » plural; « le, la, ce, cette, sa… » singular) and the gender when the determiner shows it (« la, cette, ma » feminine; « le, ce » masculine), and reports the other form. « tous » and « toutes » before a singular determiner are judged only at the start of a sentence (« ils ont tous leur place », « ils prennent tous le train » are right); « seul » only at the start of a sentence or after a comma and when a verb follows the noun (« seules ces femmes peuvent », not « seuls le jour de Noël, … »). Left alone: « tout » after a preposition (« de tout »), before an object pronoun and a verb (« pour tout les remercier »), and « mon, ton, son » which may stand before a feminine noun (« toute mon amitié »).",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i + 2 < words.length; i++) {
        const w = words[i] as Word;
        const form = FORMS.get(w.lower);
        if (!form) continue;
        const det = words[i + 1] as Word;
        const dk = key(det);
        const plural = PLURAL.has(dk);
        if (!plural && !MASCULINE.has(dk) && !FEMININE.has(dk) && !SINGULAR.has(dk)) continue;
        if (!adjacent(s.block, w, det)) continue;
        // After a preposition « tout » is a pronoun (« de tout », « pour tout les remercier »).
        const prev = words[i - 1];
        const start = !prev || /[,;:(—–]\s*$/u.test(s.block.text.slice(prev.end, w.start));
        const sentenceStart = !prev;
        if (prev && !start && form.word === "tout" && AFTER_PREPOSITION.has(key(prev))) continue;
        // The word after the determiner is a noun, not a verb (« tout les remercier »).
        const noun = words[i + 2] as Word;
        // « Tout la fait pleurer »: « la » is a pronoun before a verb.
        if (dk !== "ceux" && dk !== "celles" && (noun.kind !== "word" || !classOf(noun.lower).nominal || (classOf(noun.lower).finite && OBJECT_PRONOUNS.has(dk)))) continue;
        // « seul » starts the subject (« seules ces femmes peuvent »), not an apposition (« seuls le jour de Noël, … »).
        if (form.word === "seul") {
          const verb = words[i + 3];
          if (!verb || verb.kind !== "word" || !classOf(key(verb)).finite || classOf(key(verb)).nominal) continue;
        }
        if (form.plural === plural) {
          // Number agrees; the gender only when the determiner shows it.
          const wantFeminine = FEMININE.has(dk) ? true : MASCULINE.has(dk) ? false : null;
          if (wantFeminine === null || wantFeminine === form.feminine) continue;
          // « tout » before « la », « sa »: an adverb in some phrases (« tout à la fois »); only « toute » + masculine and the plural are sure.
          if (form.word === "tout" && !form.plural && wantFeminine && !start) continue;
        } else if (!plural) {
          // « ils ont tous leur place », « ils prennent tous le train »: « tous » refers to the subject.
          if (form.plural && !sentenceStart) continue;
          if (form.word === "seul" && !start) continue;
        } else if (form.word === "seul" && !start) continue;
        const feminine = FEMININE.has(dk) ? true : MASCULINE.has(dk) ? false : form.feminine;
        const right = SPELLING[form.word][(feminine ? 1 : 0) + (plural ? 2 : 0)] as string;
        if (right === w.lower) continue;
        const fixed = withCaseOf(w.text, right);
        ctx.report({
          range: w.range,
          message: `Accord : « ${w.text} ${det.text} » → « ${fixed} ${det.text} ».`,
          suggestions: [fixed],
          fix: { range: w.range, text: fixed },
        });
      }
    }
  },
};
