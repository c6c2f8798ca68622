import type { Rule } from "../../rule.js";
import { foldWord } from "../../similarity/index.js";
import type { Sentence, Word } from "../../document/model.js";
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
    // A block's words are its sentences' words: the sentence keys, joined, are the block's key.
    const sentenceKeys = new Map<Sentence, { joined: string; count: number }>();
    for (const s of doc.sentences) {
      const words = key(s.words);
      sentenceKeys.set(s, { joined: words.join(" "), count: words.length });
    }
    for (const b of doc.blocks) {
      let count = 0;
      const parts: string[] = [];
      for (const s of b.sentences) {
        const k = sentenceKeys.get(s) as { joined: string; count: number };
        count += k.count;
        if (k.count > 0) parts.push(k.joined);
      }
      if (count < MIN_WORDS) continue;
      const joined = parts.join(" ");
      const first = seenBlocks.get(joined);
      if (first === undefined) {
        seenBlocks.set(joined, b.range[0]);
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
      const { joined, count } = sentenceKeys.get(s) as { joined: string; count: number };
      if (count < MIN_WORDS) continue;
      const first = seenSentences.get(joined);
      if (first === undefined) {
        seenSentences.set(joined, s.range[0]);
        continue;
      }
      ctx.report({
        range: s.range,
        message: ctx.t({ fr: `Phrase en double (déjà ligne ${lineOf(first)}).`, en: `Duplicated sentence (already at line ${lineOf(first)}).` }),
      });
    }
  },
};

/** The words that make two passages "the same": case, accents and punctuation aside. */
function key(words: readonly Word[]): string[] {
  const out: string[] = [];
  for (const w of words) if (w.kind === "word" || w.kind === "number") out.push(foldWord(w.lower));
  return out;
}
