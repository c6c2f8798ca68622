import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import type { Extension } from "micromark-util-types";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";
import { mdx } from "micromark-extension-mdx";
import type { Nodes, Parents, PhrasingContent, Root } from "mdast";
import { MappedTextBuilder } from "./mapped-text.js";
import { PLACEHOLDER, type Link } from "./model.js";
import type { RawBlock, ReadResult } from "./raw-block.js";
import { appendWithUrls } from "./urls.js";
import { readText } from "./text.js";
import { readPlainMarkdown } from "./markdown-plain.js";

/**
 * Markdown and MDX through micromark/mdast (GFM tables, autolinks, strikethrough;
 * YAML front matter; MDX JSX and expressions). Prose is every paragraph, heading
 * and table cell; code, HTML, JSX attributes, ESM and expressions are left out.
 */
/**
 * micromark's cost grows faster than the input with container depth (a list
 * nested 400 deep takes seconds); no real post nests that deep, so such a
 * source is read as plain text, with a warning, to keep the cost linear.
 */
const TOO_DEEP = /^(?:[ \t]{96,}(?:[-*+]|\d{1,9}[.)])[ \t]|(?:>[ \t]?){32,})/m;

export function readMarkdown(source: string, mdxSyntax: boolean): ReadResult {
  return (!mdxSyntax && readPlainMarkdown(source)) || readWithMicromark(source, mdxSyntax);
}

export function readWithMicromark(source: string, mdxSyntax: boolean): ReadResult {
  if (TOO_DEEP.test(source)) {
    const asText = readText(source);
    const at = source.search(TOO_DEEP);
    asText.problems.push({ message: "Lists or quotes nested too deep to be Markdown prose: the file was read as plain text.", range: [at, at] });
    return asText;
  }
  const problems: ReadResult["problems"] = [];
  let tree: Root;
  try {
    tree = parse(source, mdxSyntax);
  } catch (err) {
    if (!mdxSyntax) throw err;
    // Invalid MDX (an unclosed tag, a stray `{`): read it as Markdown rather than give up.
    const place = (err as { place?: { offset?: number; start?: { offset?: number } } }).place;
    const at = place?.offset ?? place?.start?.offset ?? 0;
    problems.push({ message: `MDX syntax error, read as plain Markdown: ${(err as Error).message.split("\n")[0]}`, range: [at, at] });
    tree = parse(source, false);
  }
  const blocks: RawBlock[] = [];
  const links: Link[] = [];
  let fm: ReadResult["frontmatter"] = null;

  const visitBlock = (node: Nodes, container: RawBlock["container"]): void => {
    switch (node.type) {
      case "yaml":
        if (node.position) fm = { raw: node.value, range: [node.position.start.offset ?? 0, node.position.end.offset ?? 0] };
        return;
      case "paragraph":
      case "heading":
      case "tableCell": {
        const b = new MappedTextBuilder();
        for (const child of node.children) inline(child as PhrasingContent, b, source, links);
        const mapped = b.build();
        if (mapped.text.trim() === "") return;
        // Without a JavaScript parser, MDX's import/export lines arrive as paragraphs: they are code.
        if (mdxSyntax && container === null && node.type === "paragraph" && /^(?:import|export)\s/.test(mapped.text)) return;
        const block: RawBlock = { kind: node.type, container, mapped };
        if (node.type === "heading") block.depth = node.depth;
        blocks.push(block);
        return;
      }
      case "blockquote":
        for (const c of node.children) visitBlock(c, "blockquote");
        return;
      case "list":
      case "listItem":
        for (const c of node.children) visitBlock(c as Nodes, container ?? "list");
        return;
      case "code":
      case "html":
      case "definition":
      case "thematicBreak":
      case "mdxjsEsm":
      case "mdxFlowExpression":
        return;
      default:
        if ("children" in node) for (const c of (node as Parents).children) visitBlock(c as Nodes, container);
    }
  };
  for (const child of tree.children) visitBlock(child, null);
  return { blocks, links, frontmatter: fm, problems };
}

/**
 * GFM constructs are enabled only when the source can contain them: the GFM
 * bundle costs four times plain CommonMark, mostly in autolink-literal, whose
 * job (bare URLs) `appendWithUrls` does on text nodes instead.
 */
function parse(source: string, mdxSyntax: boolean): Root {
  const syntax: Extension[] = [frontmatter(["yaml"])];
  const tree: FromMarkdownExtension[] = [frontmatterFromMarkdown(["yaml"])];
  if (/^ {0,3}\|?[ \t]*:?-+:?[ \t]*\|/m.test(source)) {
    syntax.push(gfmTable());
    tree.push(gfmTableFromMarkdown());
  }
  if (source.includes("~")) {
    syntax.push(gfmStrikethrough());
    tree.push(gfmStrikethroughFromMarkdown());
  }
  if (source.includes("[^")) {
    syntax.push(gfmFootnote());
    tree.push(gfmFootnoteFromMarkdown());
  }
  if (source.includes("[ ]") || /\[[xX]\]/.test(source)) {
    syntax.push(gfmTaskListItem());
    tree.push(gfmTaskListItemFromMarkdown());
  }
  if (mdxSyntax) {
    syntax.push(mdx());
    tree.push(...mdxFromMarkdown());
  }
  return fromMarkdown(source, { extensions: syntax, mdastExtensions: tree });
}

function span(node: Nodes): [number, number] | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : [s, e];
}

function placeholder(b: MappedTextBuilder, node: Nodes): void {
  const r = span(node);
  if (r) b.appendAtomic(PLACEHOLDER, r[0], r[1]);
}

function inline(node: PhrasingContent | Nodes, b: MappedTextBuilder, source: string, links: Link[]): void {
  switch (node.type) {
    case "text": {
      const r = span(node);
      if (!r) return;
      // Bare URLs (GFM autolink literals) are links, not prose.
      if (source.slice(r[0], r[1]) === node.value) appendWithUrls(b, source, r[0], r[1], links);
      else b.appendDecoded(node.value, source, r[0], r[1]);
      return;
    }
    case "break": {
      const r = span(node);
      if (r) b.appendAtomic("\n", r[0], r[1]);
      return;
    }
    case "link": {
      const r = span(node);
      const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
      // A bare or autolinked URL shows the URL itself: it is not prose.
      const bare = node.children.length === 1 && node.children[0]?.type === "text" && (text === node.url || node.url.endsWith(text) || text.startsWith("http") || text.startsWith("www."));
      if (r) links.push({ url: node.url, text: bare ? "" : text, range: r });
      if (bare) placeholder(b, node);
      else for (const c of node.children) inline(c, b, source, links);
      return;
    }
    case "emphasis":
    case "strong":
    case "delete":
    case "linkReference":
      for (const c of node.children) inline(c, b, source, links);
      return;
    case "mdxJsxTextElement":
      if (node.children.length > 0) for (const c of node.children) inline(c as PhrasingContent, b, source, links);
      else placeholder(b, node);
      return;
    default:
      // inlineCode, image, imageReference, html, footnoteReference, mdxTextExpression
      placeholder(b, node);
  }
}
