import type { Doc } from "../../document/model.js";
import { PLACEHOLDER } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Channel, Range } from "../../types.js";
import { data } from "../../lang/any/channels.generated.js";

export type ChannelLimits = (typeof data.channels)[Channel];
export const limitsOf = (channel: Channel): ChannelLimits => data.channels[channel];

export interface Measure {
  length: number;
  /** Source offset where the text goes past the limit, when it does. */
  overflowAt: number | null;
  links: number;
  hashtags: Range[];
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * X's weighted length (twitter-text v3): code points in Latin, General
 * Punctuation and a few ranges weigh 1, everything else (CJK, emoji) 2. An
 * emoji sequence counts once: joiners, variation selectors and skin tones
 * that continue it weigh 0. Code points, not Intl.Segmenter graphemes: the
 * segmenter costs microseconds per character, which a 10 ms budget cannot pay.
 */
function xWeight(cp: number, previousWasEmoji: boolean): number {
  if (previousWasEmoji && (cp === 0x200d || cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff))) return 0;
  return cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : 2;
}

/**
 * The text as the network will count it. For plain text (what schedulers send)
 * that is the source itself; for Markdown and HTML it is the prose, paragraphs
 * separated by a blank line, each link or URL counted at its real length or at
 * the channel's fixed URL length.
 */
export function measure(doc: Doc, ctx: RuleContext): Measure {
  return ctx.memo("channel:measure", () => {
    const limits = limitsOf(ctx.channel);
    const pieces: Array<{ text: string; source: Range }> = [];
    if (doc.format === "text") {
      const end = doc.source.trimEnd().length;
      const urls = doc.links.filter((l) => l.range[1] <= end).sort((a, b) => a.range[0] - b.range[0]);
      let at = 0;
      for (const u of urls) {
        if (u.range[0] > at) pieces.push({ text: doc.source.slice(at, u.range[0]), source: [at, u.range[0]] });
        pieces.push({ text: PLACEHOLDER, source: u.range });
        at = u.range[1];
      }
      if (at < end) pieces.push({ text: doc.source.slice(at, end), source: [at, end] });
    } else {
      doc.blocks.forEach((b, i) => {
        if (i > 0) pieces.push({ text: "\n\n", source: [b.range[0], b.range[0]] });
        pieces.push({ text: b.text, source: b.range });
      });
    }
    let length = 0;
    let overflowAt: number | null = null;
    const max = limits.maxLength;
    const passed = (sourceAt: number): void => {
      if (max !== null && overflowAt === null && length > max) overflowAt = sourceAt;
    };
    // Where the i-th character of a piece stands in the source. One function for all pieces: a closure
    // per piece costs more than the whole count of a paragraph.
    const atIn = (piece: { source: Range }, i: number): number => (doc.format === "text" ? piece.source[0] + i : piece.source[0]);
    for (const piece of pieces) {
      if (piece.text === PLACEHOLDER) {
        const url = doc.source.slice(piece.source[0], piece.source[1]);
        length += limits.urlLength ?? url.length;
        passed(piece.source[0]);
        continue;
      }
      if (limits.counting === "characters") {
        if (max !== null && overflowAt === null && length + piece.text.length > max) overflowAt = atIn(piece, max - length);
        length += piece.text.length;
      } else if (limits.counting === "graphemes" && piece.text.length < 20_000) {
        for (const { index } of graphemes.segment(piece.text)) {
          length++;
          passed(atIn(piece, index));
        }
      } else {
        // X weights, or graphemes approximated by code points on very long text (far over any limit anyway).
        let i = 0;
        let emoji = false;
        for (const ch of piece.text) {
          const cp = ch.codePointAt(0) as number;
          const w: number = limits.counting === "x-weighted" ? xWeight(cp, emoji) : 1;
          emoji = PICTOGRAPHIC.test(ch) || (emoji && w === 0);
          length += w;
          passed(atIn(piece, i));
          i += ch.length;
        }
      }
    }
    // A hashtag starts with "#": the words of blocks without one are not read (a fresh review's words are not in cache).
    const hashtags: Range[] = [];
    for (const b of doc.blocks) if (b.text.includes("#")) for (const w of b.words) if (w.kind === "hashtag") hashtags.push(w.range);
    return { length, overflowAt, links: doc.links.length, hashtags };
  });
}
