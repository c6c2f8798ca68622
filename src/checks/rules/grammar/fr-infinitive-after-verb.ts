import type { Rule } from "../../rule.js";
import type { Sentence, Word } from "../../document/model.js";
import { data } from "../../lang/fr/verbs.generated.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { firstGroupForm, infinitiveOf, infinitiveTriggers } from "../../util/fr-first-group.js";
import { ADVERBS, MODALS, key, withCaseOf } from "../../util/fr-verbs.js";

const MODAL_FORMS: ReadonlySet<string> = new Set(data.modalForms);
const CAUSATIVES: ReadonlySet<string> = new Set(data.causatives);
const MOTION: ReadonlySet<string> = new Set(data.motionVerbs);
const OR_ATTRIBUTE: ReadonlySet<string> = new Set(data.infinitiveOrAttribute);
/** Object pronouns between the verb and its infinitive (« il veut nous attaquer », « laisse-la lui donner »). */
const OBJECTS = new Set(["me", "m'", "te", "t'", "se", "s'", "nous", "vous", "lui", "leur", "y", "en", "le", "la", "les", "l'", "ne", "n'"]);
/** Pronouns that may be articles (« il veut les clés », « il fait le marché »). */
const ARTICLE_LIKE = new Set(["le", "la", "les", "l'", "leur"]);
/** Words before « fait », « dû », « su »… that make it a noun (« un fait avéré », « son dû »). */
const DETERMINERS = new Set(["le", "la", "l'", "les", "un", "une", "du", "des", "au", "aux", "ce", "cet", "son", "sa", "mon", "ton", "notre", "votre", "leur", "tout", "quel", "de", "d'", "en", "le"]);
/** What stands before the verb « fait », « fais » (« il fait », « l'a fait », « quelqu'un fait »). */
const BEFORE_FAIT = new Set(["je", "j'", "tu", "il", "elle", "on", "ça", "cela", "qui", "quelqu'un", "chacun", "me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'", "nous", "vous", "lui", "leur", "y", "en", "ne", "n'", "a", "as", "ai", "ont", "avons", "avez", "avait", "avais", "avaient", "aura", "aurait", "pas", "jamais", "bien"]);
const SUBJECTS = new Set(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ça", "cela"]);
/** Words that open the object or complement of an infinitive (« faire tester des produits », « faire laminer au jeu »). */
const COMPLEMENT_STARTS = new Set(["le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ces", "ce", "cet", "cette", "mes", "tes", "ses", "nos", "vos", "leurs", "mon", "ton", "son", "ma", "ta", "sa", "notre", "votre", "leur", "à", "au", "aux", "en"]);
/** Determiners that open a direct object: a participle or an adjective does not take one (« savoir arrêté les frais » → « arrêter »). */
const OBJECT_DETERMINERS = new Set(["le", "la", "l'", "les", "un", "une", "des", "ces", "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leurs"]);
/** « sembler », « paraître »: followed by an attribute, or by an infinitive; an object pronoun after them belongs to the infinitive. */
const LINKING: ReadonlySet<string> = new Set(data.linking.filter((w) => w.startsWith("sembl") || w.startsWith("par")));
/** Object pronouns that are never articles. */
const VERBAL_OBJECTS = new Set(["me", "m'", "te", "t'", "se", "s'", "nous", "vous", "lui", "leur", "y", "en", "les"]);
/** Relative or completive words: « ce qu'elle voulait le rendait fou », the verb after the modal may be the main clause's. */
const CLAUSE_STARTS = new Set(["que", "qu'", "qui", "dont", "où", "quoi", "lequel", "laquelle", "lesquels", "lesquelles", "si", "comme"]);
/** Inverted modal: « peut-il », « faut-il », « veux-tu », « va-t-on ». */
const INVERTED = /^([a-zàâçéèêëîïôûù]+)(?:-t)?-(?:je|tu|il|elle|on|nous|vous|ils|elles|iels?)$/u;

/**
 * After a modal verb (« pouvoir », « devoir », « vouloir », « aller », « falloir »…), in any form, after « laisser »,
 * « faire », « mieux vaut », « avoir beau » and verbs of motion, a first-group verb is an infinitive: « il doit
 * pouvoir détectez », « elles ont pu mangé », « j'ai laissé tombé », « mieux vaut consacré » are homophones of
 * « détecter », « manger », « tomber », « consacrer ».
 */
export const rule: Rule = {
  id: "grammar/fr-infinitive-after-verb",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Infinitif attendu après un verbe : « il va mangé » → « manger », « vous pouvez les détectez » → « détecter », « j'ai laissé tombé » → « tomber ».",
  explanation:
    "After a modal verb — « pouvoir », « devoir », « vouloir », « savoir », « aller », « oser », « falloir », conjugated (« il va »), inverted (« peut-il »), in the infinitive (« devoir »), participle (« pu », « voulu », « dû ») or gerund (« voulant ») — after « laisser » and « faire », « mieux vaut », « avoir beau », and after plural forms of verbs of motion (« ils venaient », « elles partent »), a verb is in the infinitive; object pronouns and short adverbs may stand between (« vous pouvez les détecter », « il faut sans cesse persévérer »). A first-group verb written with an ending that sounds the same (-é, -ée, -és, -ées, -ez, -ait, -ais, -aient) is reported. Left alone: feminine and plural participles right after the verb (attributes: « je la veux salée »), participles after a singular verb of motion or agreeing with a plural one (« il vient fâché », « ils viennent fâchés ») or where the pronoun may be an article (« il veut le marché »), and a conjugated form after a modal that ends a relative clause (« ce qu'elle voulait le rendait fou »).",
  check(doc, ctx) {
    for (const { s, i, k } of infinitiveTriggers(doc, ctx, "verb")) {
      const words = s.words;
      const prev = i > 0 ? key(words[i - 1] as Word) : "";
      if (MODALS.has(k)) governs(s, i, "modal");
      else if (MODAL_FORMS.has(k)) {
        // « de vouloir essayer »: after « de », « pouvoir », « vouloir »… are infinitives (« le pouvoir », « du devoir » are nouns).
        // « un homme de pouvoir débordé »: « de pouvoir » is a verb only before an object pronoun.
        const afterDe = (prev === "de" || prev === "d'") && k.endsWith("r") && (k !== "pouvoir" || (words[i + 1] !== undefined && OBJECTS.has(key(words[i + 1] as Word))));
        if (!DETERMINERS.has(prev) || afterDe) governs(s, i, "form");
      } else if (CAUSATIVES.has(k)) {
        // « un fait avéré »: « fait » is the verb only after its subject, a pronoun or an auxiliary.
        if ((k === "fait" || k === "fais") && !BEFORE_FAIT.has(prev)) continue;
        // « cela vous laisse désemparé »: with its object before it, a participle right after « laisser » may be the object's attribute.
        const attribute = k.startsWith("laiss") && OBJECTS.has(prev) && prev !== "ne" && prev !== "n'";
        // « il le fait penser »: « le » is the object when a subject stands before it.
        const object = ARTICLE_LIKE.has(prev) && i > 1 && SUBJECTS.has(key(words[i - 2] as Word));
        if (object || prev === "de" || prev === "d'" || !DETERMINERS.has(prev)) governs(s, i, attribute ? "laisser-object" : "causative");
      } else if (MOTION.has(k)) governs(s, i, "motion");
      else if (LINKING.has(k)) governs(s, i, "linking");
      else if (OR_ATTRIBUTE.has(k)) {
        // « je le sais fatigué », « je l'ai vu épuisé », « bien entendu »: an object before, or a noun (« la vue »), makes an attribute.
        if (!DETERMINERS.has(prev) && prev !== "bien" && prev !== "malentendu") governs(s, i, OBJECTS.has(prev) && prev !== "ne" && prev !== "n'" ? "laisser-object" : "or-attribute");
      }
      else if ((k === "vaut" || k === "valait" || k === "vaudrait" || k === "valu") && (prev === "mieux" || (words[i + 1] && key(words[i + 1] as Word) === "mieux"))) governs(s, prev === "mieux" ? i : i + 1, "modal");
      else if (k === "beau" && /^(?:a|as|ai|avons|avez|ont|avait|avais|avaient|aura|auront|aurait|auraient|avoir)$/u.test(prev)) governs(s, i, "modal");
      else if (k.includes("-")) {
        const inv = INVERTED.exec(k);
        if (inv && (MODALS.has(inv[1] as string) || /^(?:sait|sais|savent|savait)$/u.test(inv[1] as string))) governs(s, i, "inverted");
      }
    }

    function governs(s: Sentence, i: number, kind: "modal" | "form" | "causative" | "laisser-object" | "or-attribute" | "motion" | "linking" | "inverted"): void {
      const words = s.words;
      let j = i + 1;
      let pronouns = 0;
      let firstPronoun = "";
      for (; j < words.length; j++) {
        const x = words[j] as Word;
        const xk = key(x);
        if (!adjacent(s.block, words[j - 1] as Word, x)) return;
        if (OBJECTS.has(xk)) {
          if (pronouns === 0) firstPronoun = xk;
          pronouns++;
        } else if (!ADVERBS.has(xk) && !isAdverbInMent(x)) break;
      }
      const verb = words[j];
      if (!plainWord(verb) || !adjacent(s.block, words[j - 1] as Word, verb)) return;
      const form = firstGroupForm(verb.lower);
      if (!form || form.ending === "er") return;
      const finite = form.ending === "ez" || form.ending.startsWith("a");
      if (finite) {
        // « un immense pouvoir l'animait »: « pouvoir », « devoir » may be nouns; only the -ez form is surely wrong there.
        if (kind !== "modal" && kind !== "inverted" && kind !== "linking" && form.ending !== "ez") return;
        if (kind === "linking" && pronouns === 0) return;
        // « ce qu'elle voulait le rendait fou »: the modal may end a relative clause.
        for (let b = Math.max(0, i - 4); b < i; b++) if (CLAUSE_STARTS.has(key(words[b] as Word))) return;
        // « vous pouvez », « vous voulez »: only the -ez form agreeing with « vous » right after « vous » is left to other rules.
      } else {
        // « ça semblait les intéressés » → « intéresser »: after « sembler », « paraître » an object pronoun shows the infinitive.
        if (kind === "linking" && !VERBAL_OBJECTS.has(firstPronoun)) return;
        // « je la veux salée », « il vient fâché »: feminine or plural participles right after the verb are attributes.
        if (form.ending !== "é" && pronouns === 0) return;
        if (kind === "laisser-object" && pronouns === 0) return;
        // « faire compliqué », « ça fait négligé »: « faire » + adjective; the infinitive has its object or complement after it.
        if (kind === "causative" && pronouns === 0 && key(words[i] as Word).startsWith("f")) {
          const next = words[j + 1];
          if (!next || !adjacent(s.block, verb, next) || !COMPLEMENT_STARTS.has(key(next))) return;
        }
        // « ils venaient fâchés »: after a plural verb of motion only a masculine singular cannot be an attribute.
        if (kind === "motion" && form.ending !== "é") return;
        // « il faut savoir arrêté les frais »: with a direct object after it, the word is the verb.
        const next = words[j + 1];
        const object = pronouns === 0 && form.ending === "é" && next !== undefined && adjacent(s.block, verb, next) && OBJECT_DETERMINERS.has(key(next));
        const nominal = !object && classOf(verb.lower).nominal;
        // Right after « laisser », « faire », « vouloir »… a word without a determiner is not a noun (« laissé tomber »).
        if (nominal && (kind === "motion" || (pronouns === 0 && (kind === "form" || kind === "or-attribute")) || ARTICLE_LIKE.has(firstPronoun))) return;
        if (pronouns > 0 && ARTICLE_LIKE.has(firstPronoun) && pronouns === 1 && form.ending !== "é" && !isKnown(infinitiveOf(form.stem), "fr")) return;
      }
      const right = withCaseOf(verb.text, infinitiveOf(form.stem));
      const gov = (words[i] as Word).text;
      ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${right} » (infinitif après « ${gov} »).`, suggestions: [right], fix: { range: verb.range, text: right } });
    }
  },
};

/** « réellement », « constamment »: an adverb in -ment (not a noun such as « moment »). */
function isAdverbInMent(w: Word): boolean {
  return w.lower.length > 6 && w.lower.endsWith("ment") && w.text === w.lower && !classOf(w.lower).nominal && isKnown(w.lower, "fr");
}
