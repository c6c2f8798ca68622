import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { AUXILIARIES, key } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/** The words the rule starts from, found through the shared word index. */
const ETE = triggers(["été"]);

/**
 * « j'ai été manger » for « je suis allé manger »: « être » used as a verb of
 * motion. Usage guides call it familiar (the Académie accepts it in literature:
 * « J'ai été dîner à Bougival », Maupassant), so it is a hint, not an error.
 */
export const rule: Rule = {
  id: "grammar/fr-ete-infinitive",
  group: "writing",
  lang: "fr",
  severity: "info",
  summary: "« avoir été » + infinitif pour « aller » : « j'ai été manger » → « je suis allé manger » (registre familier).",
  explanation:
    "« J'ai été manger », « il a été voir » use « être » as a verb of motion. It is common in speech and found in classic writers, but usage guides (Académie française, « Dire, ne pas dire ») prefer « aller »: « je suis allé manger ». In a professional post the familiar form reads as a slip, so the rule points it out as information; it is not counted as an error.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    // Only the trigger words, from the shared word index.
    for (const g of positionsOf(doc, ctx, ETE)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      if (i < 1 || i + 1 >= words.length) continue;
      const w = words[i] as Word;
      if (w.lower !== "été" || !AUXILIARIES.has(key(words[i - 1] as Word))) continue;
      const next = words[i + 1] as Word;
      const c = classOf(next.lower);
      if (next.text !== next.lower || !c.infinitive || c.finite || !/(?:er|ir|re|oir)$/u.test(next.lower)) continue;
      const range: [number, number] = [(words[i - 1] as Word).range[0], next.range[1]];
      ctx.report({
        range,
        message: `« ${words[i - 1]?.text} été ${next.text} » : « être » au sens d'« aller » est familier ; « aller » à la place (« je suis allé ${next.text} »).`,
        suggestions: [],
      });
    }
  },
};
