import type { Rule } from "../../rule.js";
import { analyzeRelevance } from "./analysis.js";

/** Reader share of pronouns under which the post is about the company, and the evidence needed. */
export const MIN_READER_FOCUS = 0.35;
export const MIN_COMPANY_PRONOUNS = 5;

export const rule: Rule = {
  id: "relevance/company-focus",
  group: "relevance",
  lang: "any",
  severity: "info",
  summary: "The post talks about \"we/our\" (« nous/notre ») far more than about \"you/your\" (« vous/votre »).",
  explanation:
    "It's not about you. A reader stays for what the post does for them: posts that address the reader (you, your, vous, votre) are read and shared more than posts about the company (we, our, nous, notre). The rule counts both kinds of pronouns and reports when the company's are at least five and the reader's share is under 35 %.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const a = analyzeRelevance(doc, ctx);
    if (a.readerFocus === null || a.companyCount < MIN_COMPANY_PRONOUNS || a.readerFocus >= MIN_READER_FOCUS) return;
    const first = doc.blocks[0];
    if (!first) return;
    ctx.report({
      range: [first.range[0], first.range[0]],
      message: ctx.t({
        fr: `Centré sur vous-même : « nous/notre » ${a.companyCount} fois, « vous/votre » ${a.readerCount} fois. Parlez de ce que le lecteur y gagne.`,
        en: `Company-focused: "we/our" ${a.companyCount} times, "you/your" ${a.readerCount} times. Say what the reader gets.`,
      }),
    });
  },
};
