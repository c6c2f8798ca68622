import type { Rule } from "../../rule.js";
import { normalizeWords } from "../../similarity/index.js";
import { LineIndex } from "../../document/position.js";

/** Fewer words than this can repeat by chance ("Thank you." twice). */
export const MIN_WORDS = 8;

export const rule: Rule = {
  id: "writing/duplicate-text",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "A paragraph or sentence that appears twice in the post.",
  explanation:
    "Copy-paste leftovers (a paragraph pasted twice, a comment duplicated by an export) make a post look careless. Paragraphs and sentences of eight words or more are compared after normalising case, accents and punctuation; the second copy is reported with the line of the first.",
  check(doc, ctx) {
    const seenBlocks = new Map<string, number>();
    const reportedBlocks = new Set<number>();
    let lines: LineIndex | null = null;
    const lineOf = (offset: number): number => (lines ??= new LineIndex(doc.source)).point(offset).line;
    for (const b of doc.blocks) {
      const words = normalizeWords(b.text);
      if (words.length < MIN_WORDS) continue;
      const key = words.join(" ");
      const first = seenBlocks.get(key);
      if (first === undefined) {
        seenBlocks.set(key, b.range[0]);
        continue;
      }
      reportedBlocks.add(b.index);
      ctx.report({
        range: b.range,
        message: ctx.t({ fr: `Paragraphe en double (déjà ligne ${lineOf(first)}).`, en: `Duplicated paragraph (already at line ${lineOf(first)}).` }),
      });
    }
    const seenSentences = new Map<string, number>();
    for (const s of doc.sentences) {
      if (reportedBlocks.has(s.block.index)) continue;
      const words = normalizeWords(s.text);
      if (words.length < MIN_WORDS) continue;
      const key = words.join(" ");
      const first = seenSentences.get(key);
      if (first === undefined) {
        seenSentences.set(key, s.range[0]);
        continue;
      }
      ctx.report({
        range: s.range,
        message: ctx.t({ fr: `Phrase en double (déjà ligne ${lineOf(first)}).`, en: `Duplicated sentence (already at line ${lineOf(first)}).` }),
      });
    }
  },
};
