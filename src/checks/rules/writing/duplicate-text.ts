import type { Rule } from "../../rule.js";
import { foldWord } from "../../similarity/index.js";
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
    let lines: LineIndex | null = null;
    const lineOf = (offset: number): number => (lines ??= new LineIndex(doc.source)).point(offset).line;
    // Two passages are the same when their normalised words, joined by spaces, are the same text.
    // The words are compared as numbers (one per distinct word) rather than joined and hashed as
    // strings, which cost more than the rest of the rule; a block's sequence is its sentences'.
    if (IDS.size > 100_000) {
      IDS.clear();
      BY_LOWER.clear();
    }
    const sequences: number[][] = [];
    const counts: number[] = [];
    for (const s of doc.sentences) {
      const seq: number[] = [];
      let count = 0;
      for (const w of s.words) {
        if (w.kind !== "word" && w.kind !== "number") continue;
        count++;
        pushIds(seq, w.lower);
      }
      sequences.push(seq);
      counts.push(count);
    }
    const seenBlocks = new SequenceSet();
    const reportedBlocks = new Set<number>();
    for (const b of doc.blocks) {
      let count = 0;
      const parts: number[][] = [];
      for (const s of b.sentences) {
        const n = counts[s.index] as number;
        count += n;
        if (n > 0) parts.push(sequences[s.index] as number[]);
      }
      if (count < MIN_WORDS) continue;
      const first = seenBlocks.firstOrAdd(parts, b.range[0]);
      if (first === undefined) continue;
      reportedBlocks.add(b.index);
      ctx.report({
        range: b.range,
        message: ctx.t({ fr: `Paragraphe en double (déjà ligne ${lineOf(first)}).`, en: `Duplicated paragraph (already at line ${lineOf(first)}).` }),
      });
    }
    const seenSentences = new SequenceSet();
    for (const s of doc.sentences) {
      if (reportedBlocks.has(s.block.index)) continue;
      if ((counts[s.index] as number) < MIN_WORDS) continue;
      const first = seenSentences.firstOrAdd([sequences[s.index] as number[]], s.range[0]);
      if (first === undefined) continue;
      ctx.report({
        range: s.range,
        message: ctx.t({ fr: `Phrase en double (déjà ligne ${lineOf(first)}).`, en: `Duplicated sentence (already at line ${lineOf(first)}).` }),
      });
    }
  },
};

/** Normalised words → numbers, kept across reviews (most words come back); emptied only between two reviews. */
const IDS = new Map<string, number>();

function idOf(part: string): number {
  let id = IDS.get(part);
  if (id === undefined) {
    id = IDS.size;
    IDS.set(part, id);
  }
  return id;
}

/** A lower-case word → its numbers (its normalised form split at spaces), so that a word seen before costs one lookup. */
const BY_LOWER = new Map<string, number | number[]>();

/**
 * A word as numbers: one per space-separated part of its normalised form (a number token such as
 * « 1 000 » holds a space), so that equal sequences mean equal space-joined texts.
 */
function pushIds(seq: number[], lower: string): void {
  let ids = BY_LOWER.get(lower);
  if (ids === undefined) {
    const folded = foldWord(lower);
    ids = folded.includes(" ") ? folded.split(" ").map(idOf) : idOf(folded);
    BY_LOWER.set(lower, ids);
  }
  if (typeof ids === "number") seq.push(ids);
  else for (const id of ids) seq.push(id);
}

/** Sequences of word numbers seen so far, each with where it was first seen. A sequence is given in parts (a block's sentences), read as one. */
class SequenceSet {
  private readonly byHash = new Map<number, Array<{ parts: number[][]; at: number }>>();

  /** Where an equal sequence was first seen; undefined (and the sequence is added) when it is new. */
  firstOrAdd(parts: number[][], at: number): number | undefined {
    let h = 0;
    for (const p of parts) for (const id of p) h = (Math.imul(h, 31) + id) | 0;
    const bucket = this.byHash.get(h);
    if (!bucket) {
      this.byHash.set(h, [{ parts, at }]);
      return undefined;
    }
    for (const x of bucket) if (sameSequence(x.parts, parts)) return x.at;
    bucket.push({ parts, at });
    return undefined;
  }
}

/** Whether two sequences given in parts are the same once their parts are put end to end. */
function sameSequence(a: readonly number[][], b: readonly number[][]): boolean {
  let ai = 0;
  let aj = 0;
  let bi = 0;
  let bj = 0;
  for (;;) {
    while (ai < a.length && aj >= (a[ai] as number[]).length) {
      ai++;
      aj = 0;
    }
    while (bi < b.length && bj >= (b[bi] as number[]).length) {
      bi++;
      bj = 0;
    }
    if (ai === a.length || bi === b.length) return ai === a.length && bi === b.length;
    if ((a[ai] as number[])[aj] !== (b[bi] as number[])[bj]) return false;
    aj++;
    bj++;
  }
}
