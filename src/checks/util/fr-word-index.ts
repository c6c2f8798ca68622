import type { Block, Doc, Sentence, Word } from "../document/model.js";
import type { RuleContext } from "../rule.js";

/*
 * Where the trigger words of the French rules stand in a document. Many rules start from a few words (« les »,
 * « est », « se »…) and used to walk every word of the text with a lookup each (~10 µs per rule on a
 * 1,500-word post). Each rule now registers its trigger words when its module loads; one walk per review (shared
 * through `ctx.memo`) lists, for every registered set, where its words stand, and the rule visits only those.
 */

/** A registered set of trigger words (keys: lower case, straight apostrophes). */
export interface Triggers {
  readonly id: number;
  readonly words: ReadonlySet<string>;
}

const SETS: Triggers[] = [];
/** Key → the ids of the sets that hold it. */
const BY_KEY = new Map<string, number[]>();

/** Registers trigger words (at module load: the per-review index lists the sets known when it is built). */
export function triggers(words: Iterable<string>): Triggers {
  // Words are looked up by key: « d’ » is filed as « d' ». A rule tests its own condition again on each word found.
  const t: Triggers = { id: SETS.length, words: new Set([...words].map((w) => w.replace(/’/g, "'"))) };
  SETS.push(t);
  for (const w of t.words) {
    const ids = BY_KEY.get(w);
    if (ids) ids.push(t.id);
    else BY_KEY.set(w, [t.id]);
  }
  return t;
}

/** A document's words by position (the blocks' words in order): where each stands, and where each set's words are. */
export interface WordIndex {
  /** By position: the sentence (undefined for the few words outside any) and the index in `sentence.words` (-1: none). */
  readonly sentence: ReadonlyArray<Sentence | undefined>;
  readonly inSentence: Int32Array;
  /** By position: the block and the index in `block.words`. */
  readonly block: readonly Block[];
  readonly inBlock: Int32Array;
  /** Positions of the words that hold a hyphen (« peut-être », « sont-ils »), ascending. */
  readonly hyphenated: readonly number[];
  /** By set id: the positions of its words, ascending. */
  readonly lists: ReadonlyArray<readonly number[]>;
}

export function wordIndex(doc: Doc, ctx: RuleContext): WordIndex {
  return ctx.memo("fr-word-index", () => build(doc));
}

/** The positions of a set's words in the document, ascending. */
export function positionsOf(doc: Doc, ctx: RuleContext, t: Triggers): readonly number[] {
  const index = wordIndex(doc, ctx);
  return index.lists[t.id] ?? scan(index, t);
}

/** A set registered after the index was built (not at module load): found by a walk. */
function scan(index: WordIndex, t: Triggers): number[] {
  const out: number[] = [];
  for (let g = 0; g < index.block.length; g++) {
    const w = (index.block[g] as Block).words[index.inBlock[g] as number] as Word;
    if (t.words.has(w.key ?? w.lower)) out.push(g);
  }
  return out;
}

function build(doc: Doc): WordIndex {
  let n = 0;
  for (const b of doc.blocks) n += b.words.length;
  const sentence = new Array<Sentence | undefined>(n).fill(undefined);
  const inSentence = new Int32Array(n).fill(-1);
  const block = new Array<Block>(n);
  const inBlock = new Int32Array(n);
  const hyphenated: number[] = [];
  const lists: number[][] = SETS.map(() => []);
  let g = 0;
  for (const b of doc.blocks) {
    const words = b.words;
    const first = g;
    for (let j = 0; j < words.length; j++, g++) {
      const w = words[j] as Word;
      block[g] = b;
      inBlock[g] = j;
      const k = w.key ?? w.lower;
      const ids = BY_KEY.get(k);
      if (ids) for (const id of ids) (lists[id] as number[]).push(g);
    }
    // Hyphens found in the block's text (a fast search), then the words holding them: cheaper than a test per word.
    const text = b.text;
    let j = 0;
    for (let at = text.indexOf("-"); at >= 0; at = text.indexOf("-", at + 1)) {
      while (j < words.length && (words[j] as Word).end <= at) j++;
      if (j === words.length) break;
      if ((words[j] as Word).start > at) continue;
      hyphenated.push(first + j);
      // The word's other hyphens: on to the next word.
      at = (words[j] as Word).end - 1;
      j++;
    }
    // Sentences hold runs of the block's words (the same objects), in order.
    j = 0;
    for (const s of b.sentences) {
      const sw = s.words;
      if (sw.length === 0) continue;
      while (j < words.length && words[j] !== sw[0]) j++;
      for (let i = 0; i < sw.length; i++, j++) {
        sentence[first + j] = s;
        inSentence[first + j] = i;
      }
    }
  }
  return { sentence, inSentence, block, inBlock, hyphenated, lists };
}

/** Two ascending lists of positions merged, each position once. */
export function merge(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? (a[i] as number) : Infinity;
    const y = j < b.length ? (b[j] as number) : Infinity;
    if (x <= y) {
      out.push(x);
      i++;
      if (x === y) j++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
