import type { Doc } from "../../document/model.js";
import type { Rule, RuleContext } from "../../rule.js";
import { readability, syllables, type Readability } from "../../readability/index.js";
import { writingOf } from "./lexicons.js";

export function docReadability(doc: Doc, ctx: RuleContext): Readability | null {
  return ctx.memo("readability", () => {
    if (ctx.lang === "und") return null;
    const lang = ctx.lang;
    let words = 0;
    let syl = 0;
    let sentences = 0;
    for (const s of doc.sentences) {
      if (s.block.kind === "heading" || s.block.kind === "tableCell") continue;
      let n = 0;
      for (const w of s.words) {
        if (w.kind !== "word") continue;
        n++;
        syl += syllables(w.text, lang);
      }
      if (n === 0) continue;
      sentences++;
      words += n;
    }
    return readability(words, sentences, syl, lang);
  });
}

/** Words of the document (not numbers, links or hashtags): the readability rule and the writing score both ask. */
export function wordCount(doc: Doc, ctx: RuleContext): number {
  return ctx.memo("wordCount", () => {
    let n = 0;
    for (const w of doc.words) if (w.kind === "word") n++;
    return n;
  });
}

export const rule: Rule = {
  id: "writing/readability",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "The post is hard to read (Flesch reading ease in English, Kandel–Moles in French).",
  explanation:
    "Readability formulas combine sentence length and word length (syllables). Flesch (English) and its French adaptation by Kandel and Moles score 0–100: 60–70 is plain language, under 50 is hard, under 30 is for specialists. Under 30 is a warning, under 50 (45 in French) an info. Shorter sentences and shorter words raise the score. Posts under 100 words are not scored.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const r = docReadability(doc, ctx);
    const t = writingOf(ctx.lang === "fr" ? "fr" : "en").thresholds;
    const words = wordCount(doc, ctx);
    if (!r || words < t.readabilityMinWords || r.score >= t.readabilityInfo) return;
    const first = doc.blocks.find((b) => b.kind !== "heading") ?? doc.blocks[0];
    if (!first) return;
    const name = r.formula === "flesch" ? "Flesch" : "Kandel–Moles";
    ctx.report({
      range: [first.range[0], first.range[0]],
      severity: r.score < t.readabilityWarn ? "warning" : "info",
      message: ctx.t({
        fr: `Lisibilité faible : ${name} ${Math.round(r.score)} (${r.wordsPerSentence.toFixed(0)} mots par phrase). Raccourcissez phrases et mots.`,
        en: `Hard to read: ${name} ${Math.round(r.score)} (${r.wordsPerSentence.toFixed(0)} words per sentence). Use shorter sentences and words.`,
      }),
    });
  },
};
