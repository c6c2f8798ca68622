import type { Rule } from "../../rule.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { data } from "../../lang/fr/grammar.generated.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

/**
 * A plural determiner followed by a word without a plural ending whose plural
 * (+s) is a word of the dictionary: « les chat », « plusieurs femme ».
 * Group 1: a subject or object pronoun before « les » (then « les » is a
 * pronoun: « on les mange »); group 2: the determiner; group 3: the word.
 */
const PATTERN =
  /((?:[jtnmslJTNMSL]['’]|(?:[Jj]e|[Tt]u|[Ii]ls?|[Ee]lles?|[Oo]n|[Nn]ous|[Vv]ous|[Nn]e|[Mm]e|[Tt]e|[Ss]e|[Yy]|[Ee]n|[Qq]ui|[Tt]ous|[Tt]outes)\s+)?)([Ll]es|[Dd]es|[Cc]es|[Mm]es|[Tt]es|[Ss]es|[Nn]os|[Vv]os|[Ll]eurs|[Pp]lusieurs|[Qq]uelques|[Aa]ux)\s+(\p{Ll}{2,})(?![\p{L}'’-]|[·.(/]\p{L}|\s+et\s|\s*[+\d])/gu;
/** The pattern's left word boundary, checked on each match (see forEachMatchAfterBoundary). */
const WORD_PART = /[\p{L}'’-]/u;
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
    for (const b of doc.blocks) {
      const text = b.text;
      forEachMatchAfterBoundary(PATTERN, text, WORD_PART, (m) => {
        const word = m[3] as string;
        if (/[sxz]$/u.test(word) || INVARIABLE.has(word)) return;
        const det = (m[2] as string).toLowerCase();
        if (det === "les" && (m[1] !== "" || VERB_ENDING.test(word) || isKnown(`${word}nt`, "fr"))) return;
        if (!isKnown(word, "fr") || !isKnown(`${word}s`, "fr")) return;
        const end = m.index + m[0].length;
        const range = b.toSource(end - word.length, end);
        const plural = `${word}s`;
        ctx.report({ range, message: `Accord : « ${m[2]} ${word} » — le nom doit être au pluriel (« ${plural} »).`, suggestions: [plural], fix: { range, text: plural } });
      });
    }
  },
};
