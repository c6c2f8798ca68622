import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent } from "../../util/fr-nominal-group.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

const FORMS = new Map<string, { word: "tout" | "seul"; plural: boolean; feminine: boolean }>([
  ["tout", { word: "tout", plural: false, feminine: false }], ["toute", { word: "tout", plural: false, feminine: true }],
  ["tous", { word: "tout", plural: true, feminine: false }], ["toutes", { word: "tout", plural: true, feminine: true }],
  ["seul", { word: "seul", plural: false, feminine: false }], ["seule", { word: "seul", plural: false, feminine: true }],
  ["seuls", { word: "seul", plural: true, feminine: false }], ["seules", { word: "seul", plural: true, feminine: true }],
]);
const SPELLING = { tout: ["tout", "toute", "tous", "toutes"], seul: ["seul", "seule", "seuls", "seules"] } as const;
/** « X-même » with the wrong number for its pronoun. */
const SELF = new Map<string, string>([
  ["eux-même", "eux-mêmes"], ["elles-même", "elles-mêmes"], ["iels-même", "iels-mêmes"],
  ["lui-mêmes", "lui-même"], ["elle-mêmes", "elle-même"], ["moi-mêmes", "moi-même"], ["toi-mêmes", "toi-même"], ["soi-mêmes", "soi-même"], ["iel-mêmes", "iel-même"],
]);
const TRIGGERS = new Set([...FORMS.keys(), ...SELF.keys(), "même"]);
/** Determiners and pronouns with the number (and for some the gender) they show. */
const PLURAL = new Set(["les", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "ceux", "celles"]);
const MASCULINE = new Set(["le", "ce", "cet", "ceux"]);
const FEMININE = new Set(["la", "cette", "ma", "ta", "sa", "celles"]);
/** Singular determiners whose gender the text does not show (« mon amie », « l'ami »). */
const SINGULAR = new Set(["l'", "mon", "ton", "son", "leur", "notre", "votre"]);
/** Determiners that are also object pronouns before a verb (« Tout la fait pleurer »). */
const OBJECT_PRONOUNS = new Set(["le", "la", "les", "l'", "leur"]);
const AFTER_PREPOSITION = new Set(["de", "d'", "du", "à", "pour", "sur", "en", "avant", "après", "malgré", "rien", "par"]);

/** The words the rule starts from, found through the shared word index. */
const TRIGGER_WORDS = triggers(TRIGGERS);

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
  summary: "« tout », « seul », « même » qui ne s'accordent pas : « tout les hommes », « toutes sa dévotion », « seule ces femmes », « ces même idées », « eux-même ».",
  explanation:
    "Before a determiner, « tout » and « seul » agree with the noun group: « tous les hommes », « toute sa dévotion », « tout le monde », « seules ces femmes ». The rule reads the number from the determiner (« les, ces, mes… » plural; « le, la, ce, cette, sa… » singular) and the gender when the determiner shows it (« la, cette, ma » feminine; « le, ce » masculine), and reports the other form. « tous » and « toutes » before a singular determiner are judged only at the start of a sentence (« ils ont tous leur place », « ils prennent tous le train » are right); « seul » only at the start of a sentence or after a comma and when a verb follows the noun (« seules ces femmes peuvent », not « seuls le jour de Noël, … »). « même » after a plural determiner takes -s (« ces mêmes idées »), and so does « -même » after a plural pronoun (« eux-mêmes », « elles-mêmes »; « lui-même » without); « nous-même » and « vous-même » may stand for one person and are left alone. Left alone: « tout » after a preposition (« de tout »), before an object pronoun and a verb (« pour tout les remercier »), and « mon, ton, son » which may stand before a feminine noun (« toute mon amitié »).",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Only the trigger words, from the shared word index.
    for (const g of positionsOf(doc, ctx, TRIGGER_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      const w = words[i] as Word;
      if (!TRIGGERS.has(w.lower)) continue;
      const self = SELF.get(w.lower);
      if (self) {
        // « eux-même » → « eux-mêmes », « lui-mêmes » → « lui-même »; « nous-même », « vous-même » may stand for one person.
        const fixed = withCaseOf(w.text, self);
        ctx.report({ range: w.range, message: `Accord : « ${w.text} » → « ${fixed} ».`, suggestions: [fixed], fix: { range: w.range, text: fixed } });
        continue;
      }
      if (w.lower === "même" && i > 0 && PLURAL.has(key(words[i - 1] as Word)) && words[i + 1]?.kind === "word") {
        // « ces même âneries » → « mêmes »
        const n = classOf((words[i + 1] as Word).lower);
        if (n.nominal && !n.finite && adjacent(s.block, words[i - 1] as Word, w)) {
          ctx.report({ range: w.range, message: `Accord : « ${(words[i - 1] as Word).text} ${w.text} » → « mêmes ».`, suggestions: ["mêmes"], fix: { range: w.range, text: "mêmes" } });
        }
        continue;
      }
      if (i + 2 >= words.length) continue;
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
      // The determiner tells the gender (« la », « ce »), or the noun does, which is left to the reader (« tout les femmes » → « toutes »).
      const known = FEMININE.has(dk) || MASCULINE.has(dk);
      const feminine = known ? FEMININE.has(dk) : form.feminine;
      const right = SPELLING[form.word][(feminine ? 1 : 0) + (plural ? 2 : 0)] as string;
      if (right === w.lower) continue;
      const fixed = withCaseOf(w.text, right);
      const other = withCaseOf(w.text, SPELLING[form.word][(feminine ? 0 : 1) + (plural ? 2 : 0)] as string);
      ctx.report({
        range: w.range,
        message: `Accord : « ${w.text} ${det.text} » → « ${fixed} ${det.text} »${known ? "" : ` ou « ${other} ${det.text} » selon le genre du nom`}.`,
        suggestions: known ? [fixed] : [fixed, other],
        ...(known ? { fix: { range: w.range, text: fixed } } : {}),
      });
    }
  },
};
