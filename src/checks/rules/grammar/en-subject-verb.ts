import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { data } from "../../lang/en/confusions.generated.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";

/** The word's key (straight apostrophes), "" past the end of the sentence. */
const norm = (w: Word | undefined): string => (w ? key(w) : "");
const SWAP = new Map<string, Readonly<Record<string, string>>>();
for (const p of data.subjectVerb.pronouns) for (const s of p.subjects) SWAP.set(s, p.swap);
const BASE = new Set(data.subjectVerb.baseVerbs);
const NOT_BEFORE_BASE = new Set(data.subjectVerb.notBeforeBaseVerb);
const SUBJUNCTIVE = new Set(data.subjectVerb.subjunctive);
const PLURAL_DET = new Set(data.subjectVerb.pluralDeterminers);
const PLURAL_SWAP: Readonly<Record<string, string>> = data.subjectVerb.pluralSwap;
const SINGULAR_IN_S = new Set(data.subjectVerb.singularInS);
const PREPOSITIONS = new Set(["of", "for", "in", "on", "at", "to", "from", "by", "with", "about", "among", "between", "into", "through", "over", "under", "after", "before", "without", "within", "like", "than", "across", "behind", "beyond", "near", "during", "against", "toward", "towards", "upon", "via"]);

/** The -s form of a base verb: « go » → « goes », « try » → « tries ». */
function thirdPerson(v: string): string {
  if (v === "have") return "has";
  if (/(?:s|sh|ch|x|z|o)$/u.test(v)) return `${v}es`;
  if (/[^aeiou]y$/u.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}
const adjacent = (text: string, a: Word, b: Word): boolean => /^\s+$/u.test(text.slice(a.end, b.start));

/**
 * A verb that does not agree with its subject, in the common patterns:
 * a subject pronoun and the verb right after it (« he don't », « they was »,
 * « she go »), a plural noun after a plural determiner and « has/is/was »
 * (« our customers has »).
 */
export const rule: Rule = {
  id: "grammar/en-subject-verb",
  group: "writing",
  lang: "en",
  severity: "warning",
  summary: "Subject and verb that do not agree: \"he don't\", \"they was\", \"she go\", \"our customers has\".",
  explanation:
    "The verb agrees with its subject in person and number. The rule reads a subject pronoun followed directly by a verb (\"he don't\" → \"doesn't\", \"I is\" → \"am\", \"they was\" → \"were\"; \"she go\" → \"goes\" for common verbs, unless a word such as \"does\", \"can\", \"let\" or \"to\" comes before the pronoun), and a plural determiner + a plural noun + \"has, is, was, doesn't\" (\"the results was\" → \"were\"). \"If he were\" is a subjunctive; nouns in -s that are singular (\"news\", \"analytics\", \"business\") are listed in `lang/en/confusions.yml`.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      const text = s.block.text;
      for (let i = 0; i < words.length - 1; i++) {
        const w = words[i] as Word;
        const v = words[i + 1] as Word;
        const subject = norm(w);
        const verb = norm(v);
        const swap = SWAP.get(subject);
        // The spacing test last: it slices the text, and most pairs are neither a pronoun nor a plural + verb.
        if ((!swap && !Object.hasOwn(PLURAL_SWAP, verb)) || !adjacent(text, w, v)) continue;
        let right: string | undefined;
        if (swap) {
          right = Object.hasOwn(swap, verb) ? swap[verb] : undefined;
          // « if he were », « as though it were »: the subjunctive.
          if (verb === "were" || (right !== undefined && words.slice(Math.max(0, i - 3), i).some((x) => SUBJUNCTIVE.has(norm(x))))) right = undefined;
          // « Thank you is », « made it have »: « you » and « it » are objects too.
          if (right !== undefined && (subject === "you" || subject === "it") && i > 0 && !/[.!?,;:]\s*$/u.test(text.slice(0, w.start))) {
            const before = norm(words[i - 1]);
            if (!["and", "but", "so", "because", "that", "if", "when", "while", "since", "as", "where", "then"].includes(before)) right = undefined;
          }
          if (right === undefined && (subject === "he" || subject === "she") && BASE.has(verb) && !NOT_BEFORE_BASE.has(norm(words[i - 1]))) right = thirdPerson(verb);
        } else if (Object.hasOwn(PLURAL_SWAP, verb) && i > 0 && PLURAL_DET.has(norm(words[i - 1])) && adjacent(text, words[i - 1] as Word, w)) {
          // « our customers has »: a regular plural whose singular is a word. After a preposition the noun is a
          // complement, not the subject (« the centre for the arts is »).
          if (i > 1 && PREPOSITIONS.has(norm(words[i - 2]))) continue;
          const n = w.lower;
          if (n.length > 3 && n.endsWith("s") && !/(?:ss|us|is|ics)$/u.test(n) && !SINGULAR_IN_S.has(n) && w.text === w.lower && isKnown(n.slice(0, -1), "en")) right = PLURAL_SWAP[verb];
        }
        if (right === undefined) continue;
        const fixed = withCaseOf(v.text, right);
        ctx.report({
          range: v.range,
          message: `"${w.text} ${v.text}" → "${w.text} ${fixed}" (the verb agrees with its subject).`,
          suggestions: [fixed],
          fix: { range: v.range, text: fixed },
        });
      }
    }
  },
};
