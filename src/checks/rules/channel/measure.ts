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
 * Punctuation and a few ranges weigh 1, everything else (CJK, emoji) 2; an
 * emoji sequence counts once, as 2.
 */
function xWeight(g: string): number {
  if (PICTOGRAPHIC.test(g)) return 2;
  let w = 0;
  for (const ch of g) {
    const cp = ch.codePointAt(0) as number;
    w += cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : 2;
  }
  return w;
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
    for (const piece of pieces) {
      if (piece.text === PLACEHOLDER) {
        const url = doc.source.slice(piece.source[0], piece.source[1]);
        length += limits.urlLength ?? url.length;
      } else {
        for (const { segment, index } of graphemes.segment(piece.text)) {
          const w = limits.counting === "x-weighted" ? xWeight(segment) : limits.counting === "graphemes" ? 1 : segment === PLACEHOLDER ? 23 : segment.length;
          length += w;
          if (max !== null && overflowAt === null && length > max) {
            overflowAt = doc.format === "text" ? piece.source[0] + index : piece.source[0];
          }
        }
        continue;
      }
      if (max !== null && overflowAt === null && length > max) overflowAt = piece.source[0];
    }
    const hashtags = doc.words.filter((w) => w.kind === "hashtag").map((w) => w.range);
    return { length, overflowAt, links: doc.links.length, hashtags };
  });
}
