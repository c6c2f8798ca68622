import type { Rule } from "../../rule.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { data } from "../../lang/fr/grammar.generated.js";
import type { Block, Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, plainWord } from "../../util/fr-nominal-group.js";
import { merge, positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/** Cardinal numbers above one: the noun after them is plural (« deux têtes », « cent mots »). */
const NUMERALS = new Set(["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille"]);
/** Words after a number that are not its noun: prepositions and the like (« vingt sur vingt », « deux par deux »), month names in dates (« le deux mai »). */
const NOT_COUNTED = new Set(["sur", "par", "pour", "contre", "entre", "vers", "chez", "sous", "dans", "avec", "sans", "selon", "après", "avant", "devant", "derrière", "durant", "pendant", "fois", "point", "virgule", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "mille", "million", "milliard", "zéro", "demi", "heure", "rien"]);
/** Before these a number is an ordinal or a name (« le chapitre deux », « du neuf »). */
const NOT_BEFORE_NUMERAL = new Set(["le", "l'", "un", "du", "au", "de", "d'", "quoi", "rien"]);

/**
 * A plural determiner followed by a word without a plural ending whose plural
 * (+s) is a word of the dictionary: « les chat », « plusieurs femme ».
 */
/** Letters and joiners that glue a word to the determiner before it. */
const WORD_PART = /[\p{L}'’-]/u;
/** Read on tokens: a regular expression over the whole text had to try every position. */
const PLURAL_DETERMINER = /^(?:[Ll]es|[Dd]es|[Cc]es|[Mm]es|[Tt]es|[Ss]es|[Nn]os|[Vv]os|[Ll]eurs|[Pp]lusieurs|[Qq]uelques|[Aa]ux|[Cc]ertain[e]?s|[Mm]ainte?s|[Ll]esdite?s|[Aa]uxdite?s|[Dd]esdite?s)$/u;
/** The lower-case forms PLURAL_DETERMINER accepts: the words the rule starts from. */
const PLURAL_DETERMINER_WORDS = triggers(["les", "des", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "plusieurs", "quelques", "aux", "certains", "certaines", "maints", "maintes", "lesdits", "lesdites", "auxdits", "auxdites", "desdits", "desdites"]);
const NUMERAL_WORDS = triggers(NUMERALS);
/** « vingt-deux », « soixante-dix »: numbers written with a hyphen. */
const COMPOUND_NUMERAL = /^(?:dix|vingt|trente|quarante|cinquante|soixante)-(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)$/u;
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const SPACES = /^\s+$/u;
const AFTER_WORD = /^(?:[·.(/]\p{L}|\s+et\s|\s*[+\d])/u;
const ELIDED_PRONOUN = /^[jtnmslJTNMSL]['’]$/u;
const PRONOUN_BEFORE = /^(?:[Jj]e|[Tt]u|[Ii]ls?|[Ee]lles?|[Oo]n|[Nn]ous|[Vv]ous|[Nn]e|[Mm]e|[Tt]e|[Ss]e|[Yy]|[Ee]n|[Qq]ui|[Tt]ous|[Tt]outes)$/u;
const INVARIABLE = new Set(data.pluralInvariable);
/** Endings of infinitives, participles and singular verb forms: after « les » they are verbs (« les manger », « les ai », « les décrit »). */
const VERB_ENDING = /(?:er|ir|re|oir|ant|ai|it|ut)$/u;

export const rule: Rule = {
  id: "grammar/fr-determiner-number",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Nom au singulier après un déterminant pluriel : « les chat », « plusieurs femme ».",
  explanation:
    "After a plural determiner (« les, des, ces, mes, nos, leurs, plusieurs, quelques, aux »…) the noun takes the plural. The rule reports the next word when it has no plural ending (-s, -x, -z), is in the dictionary and its form with -s is too, and is not a word that stays as it is (« tout », « quelque », numbers, pronouns). « les » after a subject or object pronoun, or before an infinitive, a participle or a verb form, is a pronoun and is skipped; so are inclusive forms (« les étudiant·e·s ») and coordinated singulars (« vos nom et prénom »). The suggestion adds -s, as a fix.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Numbers and hyphenated words (« vingt-deux »), in document order.
    for (const g of merge(positionsOf(doc, ctx, NUMERAL_WORDS), index.hyphenated)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      if (i + 1 >= words.length) continue;
      const num = words[i] as Word;
      if (!NUMERALS.has(num.lower) && !COMPOUND_NUMERAL.test(num.lower)) continue;
      const noun = words[i + 1] as Word;
      if (!plainWord(noun) || /[sxz]$/u.test(noun.lower) || noun.lower.includes("-") || INVARIABLE.has(noun.lower) || NOT_COUNTED.has(noun.lower) || NUMERALS.has(noun.lower) || !adjacent(s.block, num, noun)) continue;
      const prev = words[i - 1];
      if (prev && (NOT_BEFORE_NUMERAL.has(prev.lower.replace("’", "'")) || (prev.kind === "word" && classOf(prev.lower).nominal && !/^(?:les|des|ces|mes|tes|ses|nos|vos|leurs)$/u.test(prev.lower)))) continue;
      // « tous deux », « tous les deux »: a pronoun, not a determiner.
      if (prev && (prev.lower === "tous" || prev.lower === "toutes" || (prev.lower === "les" && /^tou(?:te)?s$/u.test(words[i - 2]?.lower ?? "")))) continue;
      // « deux point cinq »: another number follows; « en deux fort bons endroits »: the word qualifies the next one.
      const next = words[i + 2];
      if (next && (next.kind === "number" || NUMERALS.has(next.lower) || (next.kind === "word" && adjacent(s.block, noun, next) && classOf(next.lower).nominal))) continue;
      const c = classOf(noun.lower);
      if (!c.nominal || c.finite || c.infinitive || !c.entry) continue;
      const plural = `${noun.lower}s`;
      if (!isKnown(plural, "fr") || !classOf(plural).nominalRoots.includes(noun.lower)) continue;
      ctx.report({ range: [num.range[0], noun.range[1]], message: `Accord : « ${num.text} ${noun.text} » — le nom doit être au pluriel (« ${plural} »).`, suggestions: [plural], fix: { range: noun.range, text: plural } });
    }
    // Plural determiners, in document order.
    let taken = -1;
    for (const g of positionsOf(doc, ctx, PLURAL_DETERMINER_WORDS)) {
      if (g === taken) continue;
      const b = index.block[g] as Block;
      const text = b.text;
      const words = b.words;
      const i = index.inBlock[g] as number;
      if (i + 1 >= words.length) continue;
      const d = words[i] as Word;
      if (!PLURAL_DETERMINER.test(d.text)) continue;
      const n = words[i + 1] as Word;
      const word = n.text;
      if (!LOWER_WORD.test(word) || !SPACES.test(text.slice(d.end, n.start))) continue;
      // Left boundary of the determiner: no letter, apostrophe or hyphen glued before it.
      const before = d.start > 0 ? text.slice(d.start - 1, d.start) : "";
      const prev = words[i - 1];
      const elided = prev !== undefined && prev.end === d.start && ELIDED_PRONOUN.test(prev.text);
      if (before !== "" && WORD_PART.test(before) && !elided) continue;
      // What follows the word: « étudiant·e·s », « et », a number.
      if (AFTER_WORD.test(text.slice(n.end, n.end + 6))) continue;
      // The word is taken: it does not start another group (« quelques des sur », « les leurs avant »).
      taken = g + 1;
      if (/[sxz]$/u.test(word) || INVARIABLE.has(word)) continue;
      const det = d.lower;
      // A subject or object pronoun right before « les »: « on les mange ».
      const pronoun = elided || (prev !== undefined && PRONOUN_BEFORE.test(prev.text) && SPACES.test(text.slice(prev.end, d.start)) && (prev.start === 0 || !WORD_PART.test(text.slice(prev.start - 1, prev.start))));
      if (det === "les" && (pronoun || VERB_ENDING.test(word) || isKnown(`${word}nt`, "fr"))) continue;
      // « certains font », « certaines restant »: also pronouns, before a verb.
      if (/^(?:certaine?s|mainte?s)$/u.test(det) && (VERB_ENDING.test(word) || /ant$/u.test(word) || isKnown(`${word}nt`, "fr") || classOf(word).finite)) continue;
      if (!isKnown(word, "fr") || !isKnown(`${word}s`, "fr")) continue;
      const plural = `${word}s`;
      // The whole group is underlined: either word may be the wrong one (« leurs action » → « leurs actions » or « leur action »).
      const group = b.toSource(d.start, n.end);
      ctx.report({ range: group, message: `Accord : « ${d.text} ${word} » — le nom doit être au pluriel (« ${plural} »).`, suggestions: [plural], fix: { range: n.range, text: plural } });
    }
  },
};
