import { MappedTextBuilder } from "./mapped-text.js";
import type { Link } from "./model.js";
import type { RawBlock, ReadResult } from "./raw-block.js";
import { appendWithUrls } from "./urls.js";

/**
 * Markdown that uses no syntax but ATX headings, `- ` list items of one
 * paragraph and front matter: most social posts and many short blog posts. For
 * such a source CommonMark's result is known without running micromark:
 * paragraphs separated by blank lines, each one text node, headings and items. micromark costs about 10 µs per block plus
 * 100 ns per character, the largest single cost of a review, so this reader
 * takes the sources it can prove it reads the same way (`markdown-plain.test.ts`
 * compares both on every fixture) and returns null for anything else.
 *
 * What sends a source back to micromark: any character that can start inline
 * syntax (`` ` * _ [ ] < > & \ ~ | ``), a tab or a carriage return, trailing
 * spaces (hard breaks), and any line that could open a block other than a
 * paragraph, a heading or a `- ` item (indentation, other list markers, quotes,
 * fences, setext underlines, thematic breaks, a heading with a closing sequence).
 */
const INLINE_SYNTAX = /[`*_[\]<>\\~|\t\r]|[ ]$|&(?:#|[A-Za-z][A-Za-z\d]{0,31};)/m;
const FRONT_MATTER = /^---\n(?:([\s\S]*?)\n)?---(?=\n|$)/;
const HEADING = /^(#{1,6}) +(?=[^\s#])/;
/** A paragraph's line starts with a letter, a quote, a bracket, an emoji or a hashtag; never with a block marker. */
const PARAGRAPH_START = /^(?:[\p{L}\p{Extended_Pictographic}"«“‘'(¿¡@]|#[^\s#]|\p{N}+(?![\p{N}.)]))/u;

export function readPlainMarkdown(source: string): ReadResult | null {
  let at = 0;
  let frontmatter: ReadResult["frontmatter"] = null;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    frontmatter = { raw: fm[1] ?? "", range: [0, fm[0].length] };
    at = fm[0].length + 1;
  }
  const body = source.slice(at);
  if (INLINE_SYNTAX.test(body)) return null;

  const blocks: RawBlock[] = [];
  const links: Link[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  let paraContainer: RawBlock["container"] = null;
  const closeParagraph = (): void => {
    if (paraStart < 0) return;
    const b = new MappedTextBuilder();
    appendWithUrls(b, source, paraStart, paraEnd, links);
    blocks.push({ kind: "paragraph", container: paraContainer, mapped: b.build() });
    paraStart = -1;
  };
  while (at <= source.length) {
    let end = source.indexOf("\n", at);
    if (end < 0) end = source.length;
    const line = source.slice(at, end);
    if (line === "") closeParagraph();
    else if (line[0] === "#" && HEADING.test(line)) {
      if (line.endsWith("#")) return null;
      closeParagraph();
      const m = HEADING.exec(line) as RegExpExecArray;
      const b = new MappedTextBuilder();
      appendWithUrls(b, source, at + m[0].length, end, links);
      blocks.push({ kind: "heading", depth: (m[1] as string).length, container: null, mapped: b.build() });
    } else if (line.startsWith("- ") && PARAGRAPH_START.test(line.slice(2))) {
      // A list item of one paragraph; the lines that follow it without a blank line continue it (lazily).
      closeParagraph();
      paraStart = at + 2;
      paraEnd = end;
      paraContainer = "list";
    } else if (PARAGRAPH_START.test(line)) {
      if (paraStart < 0) {
        paraStart = at;
        paraContainer = null;
      }
      paraEnd = end;
    } else return null;
    if (end === source.length) break;
    at = end + 1;
  }
  closeParagraph();
  return { blocks, links, frontmatter, problems: [] };
}
