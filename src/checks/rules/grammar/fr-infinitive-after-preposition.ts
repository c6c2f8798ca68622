import type { Rule } from "../../rule.js";
import type { Sentence, Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { firstGroupForm, infinitiveOf, infinitiveTriggers } from "../../util/fr-first-group.js";
import { AUXILIARIES, ETRE, key, withCaseOf } from "../../util/fr-verbs.js";
import { data } from "../../lang/fr/verbs.generated.js";

/** Prepositions followed by an infinitive, never by a conjugated verb. */
const PREPOSITIONS = new Set(["de", "d'", "à", "pour", "sans"]);
/** Object pronouns that stand between a preposition and its infinitive (« pour nous chasser », « à l'y pousser »). */
const OBJECTS = new Set(["ne", "n'", "me", "m'", "te", "t'", "se", "s'", "nous", "vous", "lui", "leur", "y", "en", "le", "la", "les", "l'"]);
/** Determiners that open a direct object: a participle or an adjective does not take one (« à obligé ces gens » → « obliger »). */
const OBJECT_DETERMINERS = new Set(["le", "la", "l'", "les", "un", "une", "des", "ces", "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "nos", "vos", "leurs"]);
/** Negations that, right after « ne », announce an infinitive (« ne pas manger », « n'en jamais céder »). */
const NEGATIONS = new Set(["pas", "plus", "jamais", "point", "guère", "rien"]);
/** Words that may stand between « ne » and the negation, or between negations (« n'y presque jamais »). */
const NEGATION_FILLERS = new Set(["y", "en", "presque", "pas", "plus", "jamais", "point", "guère", "rien", "encore", "toujours", "trop", "vraiment"]);
/** Words after which « de » introduces only an infinitive, never a noun. */
const STRONG_DE = new Set(["afin", "avant", "train"]);
/** Pronouns that may also be stressed (« ce qui provenait de vous parlait »): a conjugated verb after them may be the clause's verb. */
const STRESSED = new Set(["nous", "vous", "lui"]);
const INFINITIVE_AFTER_DE: ReadonlySet<string> = new Set(data.infinitiveAfterDe);
/** « l'à donné », « m'en à donné »: « à » after an object pronoun is the verb « a ». */
const BEFORE_VERB_A = new Set(["l'", "m'", "t'", "s'", "en", "y", "me", "te", "se", "lui", "leur", "nous", "vous", "le", "la", "les", "quant"]);

/**
 * A first-group verb after a preposition (« de », « à », « pour », « sans »), possibly with object pronouns
 * between (« pour nous chasser », « de les aimer »), or after « ne pas », « ne jamais » (« ne pas aller »), is an
 * infinitive: « pour nous chassez », « de les aimait », « en train de trouvé », « ne jamais mangez » are
 * homophones of « chasser », « aimer », « trouver », « manger ».
 */
export const rule: Rule = {
  id: "grammar/fr-infinitive-after-preposition",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Infinitif attendu après une préposition ou « ne pas » : « pour nous chassez » → « chasser », « en train de trouvé » → « trouver », « ne jamais mangez » → « manger ».",
  explanation:
    "After « de », « à », « pour », « sans » (object pronouns such as « nous », « les », « y », « en » may stand between: « pour nous chasser », « de les aimer », « à en parler »), after « à quoi bon », « de quoi » and after « ne pas », « ne plus », « ne jamais », « ne rien » (« ne pas aller »), a verb is in the infinitive. A first-group verb written with another ending that sounds the same (-é, -ée, -és, -ées, -ez, -ait, -ais, -aient) is reported when its stem makes a first-group verb. Words that are also nouns or adjectives are left alone where the pronoun could be an article (« de la pensée », « à leur marché ») or where no pronoun stands between (« de marché », « sans fumée »), as is « de » + participle after « rien », « quelque chose », « quoi », a number (« rien de changé », « il y en a un de cassé »), and « pour » or « sans » after « avoir », « être » or a participle (« il a pour mission », « tenu pour achevé »).",
  check(doc, ctx) {
    for (const { s, i, k } of infinitiveTriggers(doc, ctx, "preposition")) {
      const words = s.words;
      if (PREPOSITIONS.has(k)) afterPreposition(s, i, k);
      else if (k === "ne" || k === "n'") afterNegation(s, i);
      else if (k === "quoi" || (k === "bon" && i > 1 && key(words[i - 1] as Word) === "quoi" && key(words[i - 2] as Word) === "à")) afterPreposition(s, i, k);
    }

    function afterPreposition(s: Sentence, i: number, prep: string): void {
      const words = s.words;
      const prev = i > 0 ? key(words[i - 1] as Word) : "";
      // « a pour mission », « tenu pour achevé »: « pour » after a verb means "as".
      if ((prep === "pour" || prep === "sans") && (AUXILIARIES.has(prev) || ETRE.has(prev) || /(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it)$/u.test(prev))) return;
      // « de quoi manger »: « quoi » is the object of the infinitive.
      let j = i + 1;
      if ((prep === "de" || prep === "d'" || prep === "à") && words[j] && key(words[j] as Word) === "quoi") return;
      const first = words[j];
      let pronouns = 0;
      while (j < words.length && OBJECTS.has(key(words[j] as Word)) && adjacent(s.block, words[j - 1] as Word, words[j] as Word)) {
        j++;
        pronouns++;
      }
      const verb = words[j];
      if (!plainWord(verb) || !adjacent(s.block, words[j - 1] as Word, verb)) return;
      const form = firstGroupForm(verb.lower);
      if (!form || form.ending === "er") return;
      const finite = form.ending === "ez" || form.ending.startsWith("a");
      const firstKey = first ? key(first) : "";
      if (prep === "à" && BEFORE_VERB_A.has(prev)) return;
      if (finite) {
        // « ce qui provenait de vous parlait »: the pronoun may be stressed and the verb the clause's own.
        if (pronouns === 1 && STRESSED.has(firstKey) && !(firstKey === "nous" && form.ending === "ez")) return;
        if (prep === "quoi") return;
      } else {
        // A participle may be an adjective or a noun: after « de » only where « de » introduces an infinitive
        // (« en train de », « au lieu de »), after « à » and « pour », « sans » only the masculine singular, never
        // after « l' » alone (« à l'arrachée », « le dossier de l'incarcéré ») or « lui » (« quant à lui condamné »).
        if (pronouns === 1 && (firstKey === "l'" || firstKey === "lui") && prep !== "bon") return;
        const articleLike = pronouns === 0 || firstKey === "la" || firstKey === "leur" || ((prep === "pour" || prep === "sans" || prep === "quoi" || prep === "bon") && (firstKey === "le" || firstKey === "les"));
        // « à obligé ces gens », « pour attaqué la journée »: with a direct object after it, the word is a verb.
        const next = words[j + 1];
        // Not « tenir pour sacrées les lois »: after « pour », « sans » only the masculine singular.
        const object = pronouns === 0 && prep !== "de" && prep !== "d'" && (prep === "à" || form.ending === "é") && next !== undefined && adjacent(s.block, verb, next) && OBJECT_DETERMINERS.has(key(next));
        // « afin de », « avant de », « en train de » are never followed by a noun: « afin de leur percer une ouverture ».
        const strong = (prep === "de" || prep === "d'") && STRONG_DE.has(prev);
        if (articleLike && !object && !strong && classOf(verb.lower).nominal) return;
        if (pronouns === 0 && !object) {
          if (prep === "de" || prep === "d'") {
            if (!INFINITIVE_AFTER_DE.has(prev)) return;
          } else if (prep === "quoi") {
            if (prev !== "de" && prev !== "à" && !/^(?:sais|sait|savait|savais|savent|savaient|savoir|saura|saurait)$/u.test(prev)) return;
          } else if (form.ending !== "é") return;
        }
      }
      const right = withCaseOf(verb.text, infinitiveOf(form.stem));
      const certain = pronouns > 0 || prep === "pour" || prep === "sans";
      const where = prep === "bon" ? "« à quoi bon »" : prep === "quoi" ? "« quoi »" : `« ${words[i]?.text} »`;
      ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${right} » (infinitif après ${where}).`, suggestions: [right], ...(certain ? { fix: { range: verb.range, text: right } } : {}) });
    }

    function afterNegation(s: Sentence, i: number): void {
      const words = s.words;
      let j = i + 1;
      let negation = false;
      while (j < words.length && NEGATION_FILLERS.has(key(words[j] as Word)) && adjacent(s.block, words[j - 1] as Word, words[j] as Word)) {
        if (NEGATIONS.has(key(words[j] as Word))) negation = true;
        else if (negation && (key(words[j] as Word) === "y" || key(words[j] as Word) === "en")) break;
        j++;
      }
      if (!negation) return;
      while (j < words.length && OBJECTS.has(key(words[j] as Word)) && adjacent(s.block, words[j - 1] as Word, words[j] as Word)) j++;
      const verb = words[j];
      if (!plainWord(verb) || !adjacent(s.block, words[j - 1] as Word, verb)) return;
      const form = firstGroupForm(verb.lower);
      if (!form || form.ending === "er") return;
      const right = withCaseOf(verb.text, infinitiveOf(form.stem));
      ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${right} » (infinitif après la négation).`, suggestions: [right], fix: { range: verb.range, text: right } });
    }
  },
};
