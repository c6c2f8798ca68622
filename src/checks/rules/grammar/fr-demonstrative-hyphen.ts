import type { Rule } from "../../rule.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

/**
 * « ce moment là » → « ce moment-là », « ceux ci » → « ceux-ci », « ce chien-la » → « chien-là ».
 * - a demonstrative determiner, one word, then « là » or « ci » (not « là où »), or « la »,
 *   « si » closing the clause (« cet hiver la. »); the word is not a verb (« ce sont là »);
 * - a demonstrative pronoun followed by « là », « ci », or by « la », « si » before a
 *   punctuation mark or a verb (« ceux la sont »; « celle la plus belle » is an article);
 * - « -la » glued to the noun after a demonstrative (« cette bête-la ») and « jusque-la ».
 */
const NOUN_THEN = /(ce|cet|cette|ces)\s+(\p{L}+)(?:\s+(là|ci)(?![\p{L}'’-])(?!\s*où)|\s+(la|si)(?=\s*(?:[,.;:!?…)»]|$))|-(la)(?![\p{L}'’-]))/giu;
const PRONOUN_THEN = /(celui|celle|ceux|celles)\s+(?:(là|ci)(?![\p{L}'’-])|(la|si)(?=\s*(?:[,.;:!?…)»]|$)|\s+(?:sont|est|vont|ont|ne|n['’]|qui|que|qu['’])(?![\p{L}])))/giu;
const JUSQUE = /(jusque)(?:\s*-\s*(la)(?![\p{L}'’-])|\s+(la)(?=\s*(?:[,.;:!?…)»]|$)))/giu;
const WORD_PART = /[\p{L}'’-]/u;
/** Words after « ce » that are not nouns: « ce sont là », « ce fut là », « ce que ». */
const NOT_NOUN = new Set(["sont", "fut", "furent", "serait", "seraient", "sera", "seront", "était", "étaient", "est", "qui", "que", "dont", "à", "de", "en", "ne", "n", "y"]);

export const rule: Rule = {
  id: "grammar/fr-demonstrative-hyphen",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« -là » et « -ci » après un démonstratif : « ce moment-là », « ceux-ci », « jusque-là ».",
  explanation:
    "After a demonstrative, the adverbs « là » and « ci » are joined by a hyphen: « ce moment-là », « cette voiture-ci », « celles-ci », « jusque-là ». The rule reports « ce/cet/cette/ces » + one word + « là/ci » (not « là où », not after a verb as in « ce sont là »), « celui/celle/ceux/celles » + « là/ci », and the forms without accent (« la », « si ») only where the article or the conjunction is impossible: before a punctuation mark, or before a verb after a pronoun (« ceux la sont »). « -la » glued to the noun (« ce chien-la ») becomes « -là ». The fix writes the hyphenated form.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      const text = b.text;
      const report = (start: number, end: number, right: string): void => {
        const range = b.toSource(start, end);
        const wrong = text.slice(start, end);
        ctx.report({ range, message: `« ${wrong} » → « ${right} » (trait d’union après un démonstratif).`, suggestions: [right], fix: { range, text: right } });
      };
      forEachMatchAfterBoundary(NOUN_THEN, text, WORD_PART, (m) => {
        const noun = m[2] as string;
        if (NOT_NOUN.has(noun.toLowerCase())) return;
        const start = m.index + m[0].indexOf(noun, (m[1] as string).length);
        const adverb = (m[3] ?? m[4] ?? m[5]) as string;
        const right = adverb.toLowerCase() === "ci" || adverb.toLowerCase() === "si" ? "ci" : "là";
        report(start, m.index + m[0].length, `${noun}-${right}`);
      });
      forEachMatchAfterBoundary(PRONOUN_THEN, text, WORD_PART, (m) => {
        const pronoun = m[1] as string;
        const adverb = (m[2] ?? m[3]) as string;
        const right = adverb.toLowerCase() === "ci" || adverb.toLowerCase() === "si" ? "ci" : "là";
        const end = m.index + m[0].indexOf(adverb, pronoun.length) + adverb.length;
        report(m.index, end, `${pronoun}-${right}`);
      });
      // « jusque là » (with the accent) is one of the compounds of grammar/fr-compound-hyphen.
      forEachMatchAfterBoundary(JUSQUE, text, WORD_PART, (m) => report(m.index, m.index + m[0].length, `${m[1]}-là`));
    }
  },
};
