import type { Rule } from "../../rule.js";
import { writingData } from "./lexicons.js";

const ALLOWED = { en: new Set(writingData.en.repeatAllowed), fr: new Set(writingData.fr.repeatAllowed) };

export const rule: Rule = {
  id: "writing/repeated-word",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "The same word twice in a row (\"the the\", « les les »).",
  explanation:
    "A doubled word is almost always a typo left by editing. Words that may legitimately repeat (« nous nous », « vous vous », \"had had\") are allowed by the language data. The fix removes the second word.",
  check(doc, ctx) {
    const allowed = ctx.lang === "fr" ? ALLOWED.fr : ctx.lang === "en" ? ALLOWED.en : new Set([...ALLOWED.fr, ...ALLOWED.en]);
    for (const s of doc.sentences) {
      const ws = s.words;
      for (let i = 1; i < ws.length; i++) {
        const a = ws[i - 1];
        const b = ws[i];
        if (!a || !b || a.kind !== "word" || b.kind !== "word" || a.lower !== b.lower || allowed.has(a.lower)) continue;
        // "XNUMX XNUMX" is a translation artifact, reported by writing/artifact.
        if (a.text === "XNUMX") continue;
        // Only white space between them: "très, très" or "bye-bye" are deliberate.
        const between = s.block.text.slice(a.end, b.start);
        if (!/^[\s\u00A0\u202F]+$/.test(between)) continue;
        ctx.report({
          range: [a.range[0], b.range[1]],
          message: ctx.t({ fr: `Mot répété : « ${a.text} ${b.text} ».`, en: `Repeated word: "${a.text} ${b.text}".` }),
          suggestions: [a.text],
          fix: { range: [a.range[1], b.range[1]], text: "" },
        });
      }
    }
  },
};
