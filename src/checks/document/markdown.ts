import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";
import { mdx } from "micromark-extension-mdx";
import type { Nodes, Parents, PhrasingContent, Root } from "mdast";
import { MappedTextBuilder } from "./mapped-text.js";
import { PLACEHOLDER, type Link } from "./model.js";
import type { RawBlock, ReadResult } from "./raw-block.js";

/**
 * Markdown and MDX through micromark/mdast (GFM tables, autolinks, strikethrough;
 * YAML front matter; MDX JSX and expressions). Prose is every paragraph, heading
 * and table cell; code, HTML, JSX attributes, ESM and expressions are left out.
 */
export function readMarkdown(source: string, mdxSyntax: boolean): ReadResult {
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

function parse(source: string, mdxSyntax: boolean): Root {
  return fromMarkdown(source, {
    extensions: mdxSyntax ? [frontmatter(["yaml"]), gfm(), mdx()] : [frontmatter(["yaml"]), gfm()],
    mdastExtensions: mdxSyntax
      ? [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown(), mdxFromMarkdown()]
      : [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()],
  });
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
      if (r) b.appendDecoded(node.value, source, r[0], r[1]);
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
