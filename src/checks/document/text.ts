import { MappedTextBuilder } from "./mapped-text.js";
import type { Link } from "./model.js";
import type { RawBlock, ReadResult } from "./raw-block.js";
import { appendWithUrls } from "./urls.js";

/**
 * Plain text (social posts). Every line is a block, because social posts use
 * line breaks as separators; a line that does not end a sentence and is
 * followed by one starting in lower case is joined to it (hard-wrapped prose).
 */
export function readText(source: string): ReadResult {
  const blocks: RawBlock[] = [];
  const links: Link[] = [];
  const lines: Array<{ start: number; end: number }> = [];
  let pos = 0;
  while (pos <= source.length) {
    const nl = source.indexOf("\n", pos);
    const end = nl === -1 ? source.length : nl;
    const contentEnd = end > pos && source[end - 1] === "\r" ? end - 1 : end;
    lines.push({ start: pos, end: contentEnd });
    if (nl === -1) break;
    pos = nl + 1;
  }
  let b: MappedTextBuilder | null = null;
  const flush = (): void => {
    if (b && b.textLength > 0) {
      const mapped = b.build();
      if (mapped.text.trim() !== "") blocks.push({ kind: "line", container: null, mapped });
    }
    b = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const { start, end } = lines[i] as { start: number; end: number };
    let s = start;
    while (s < end && (source[s] === " " || source[s] === "\t")) s++;
    let e = end;
    while (e > s && (source[e - 1] === " " || source[e - 1] === "\t")) e--;
    if (s === e) {
      flush();
      continue;
    }
    if (b) {
      b.appendVerbatim(" ", start - 1 >= 0 && source[start - 1] === "\n" ? start - 1 : start);
    } else b = new MappedTextBuilder();
    appendWithUrls(b as MappedTextBuilder, source, s, e, links);
    const next = lines[i + 1];
    const nextText = next ? source.slice(next.start, next.end).trimStart() : "";
    const joins = nextText !== "" && !/[.!?…:;»"”)\]]$/.test(source.slice(s, e)) && /^\p{Ll}/u.test(nextText);
    if (!joins) flush();
  }
  flush();
  return { blocks, links, frontmatter: null, problems: [] };
}
