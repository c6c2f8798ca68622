import type { Rule } from "../../rule.js";
import { writingOf } from "./lexicons.js";

export const rule: Rule = {
  id: "writing/long-sentence",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "A sentence longer than the language's threshold (35 words in French, 30 in English).",
  explanation:
    "Long sentences lose readers, especially on a phone. Past 30 words in English or 35 in French (thresholds in `lang/<lang>/writing.yml`), split the sentence where the idea changes. Lists and headings are not measured.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const max = writingOf(ctx.lang === "fr" ? "fr" : "en").thresholds.longSentence;
    for (const s of doc.sentences) {
      if (s.block.kind === "heading") continue;
      let n = 0;
      for (const w of s.words) if (w.kind !== "url" && w.kind !== "hashtag") n++;
      if (n <= max) continue;
      ctx.report({
        range: s.range,
        message: ctx.t({ fr: `Phrase trop longue : ${n} mots (${max} au plus). Coupez-la en deux.`, en: `Long sentence: ${n} words (at most ${max}). Split it.` }),
      });
    }
  },
};
