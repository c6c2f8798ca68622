import type { Rule } from "../../rule.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

/**
 * « a » (verb avoir) and « à » (preposition) confused, in the patterns where
 * only one reading is possible:
 * - a subject pronoun followed by « à » and a past participle: « il à mangé » → « a »;
 * - « il y à » → « il y a »;
 * - « a » after a word that always takes the preposition (« grâce a », « jusqu'a »,
 *   « face a », « quant a ») or before a fixed prepositional phrase at the start of a
 *   sentence or after a noun (« a partir de », « a cause de ») → « à ».
 */
const VERB_NEEDED = /(il|elle|on|qui|cela|ça|ce|c['’]|n['’]|y)\s*(à)\s+(été|eu|fait|dit|pris|mis|vu|su|pu|dû|fallu|\p{Ll}{2,}(?:é|ée|és|ées|i|u))(?![\p{L}'’-])/giu;
const IL_Y_A = /(il\s+y)\s+(à)(?![\p{L}'’-])/giu;
const PREP_AFTER = /(grâce|jusqu['’]|quant|face|suite|conformément|relativement|contrairement|parallèlement)\s*(a)(?=\s)/giu;
const PREP_PHRASE = /(a)\s+(partir\s+d|cause\s+d|travers|côté\s+d|propos\s+d|peu\s+près|la\s+fois|l['’]aide\s+d|condition\s+qu|proximité\s+d|l['’]égard\s+d|l['’]instar\s+d|l['’]inverse|la\s+place\s+d)/giu;
/** The patterns' left word boundary (checked on each match, see forEachMatchAfterBoundary). */
const WORD_PART = /[\p{L}'’-]/u;
const SUBJECTS = new Set(["il", "elle", "on", "qui", "cela", "ça", "y", "elle-même", "lui-même", "chacun", "personne", "tout", "rien", "quelqu'un", "quelqu’un"]);

export const rule: Rule = {
  id: "grammar/fr-a-accent",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« a » (avoir) et « à » (préposition) confondus : « il à mangé », « grâce a », « a partir de ».",
  explanation:
    "« a » is the verb avoir (« il a mangé »), « à » the preposition (« à partir de », « grâce à »). The rule reports only the patterns where one reading is impossible: « à » between a subject pronoun and a past participle, « il y à », and « a » after a word that always takes the preposition or before a fixed prepositional phrase (when no subject precedes it).",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      const text = b.text;
      const report = (start: number, wrong: string, right: string): void => {
        const range = b.toSource(start, start + wrong.length);
        ctx.report({ range, message: `« ${wrong} » → « ${right} » (${right.toLowerCase() === "a" ? "verbe avoir" : "préposition"}).`, suggestions: [right], fix: { range, text: right } });
      };
      forEachMatchAfterBoundary(VERB_NEEDED, text, WORD_PART, (m) => {
        const at = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
        report(at, m[2] as string, "a");
      });
      forEachMatchAfterBoundary(IL_Y_A, text, WORD_PART, (m) => report(m.index + m[0].length - 1, "à", "a"));
      forEachMatchAfterBoundary(PREP_AFTER, text, WORD_PART, (m) => report(m.index + m[0].length - 1, "a", "à"));
      forEachMatchAfterBoundary(PREP_PHRASE, text, WORD_PART, (m) => {
        const before = text.slice(Math.max(0, m.index - 60), m.index).trimEnd();
        const prev = before.match(/([\p{L}'’-]+)$/u)?.[1]?.toLowerCase() ?? "";
        if (SUBJECTS.has(prev) || /['’]$/.test(prev)) return;
        const capital = m[1] === "A";
        report(m.index, m[1] as string, capital ? "À" : "à");
      });
    }
  },
};
