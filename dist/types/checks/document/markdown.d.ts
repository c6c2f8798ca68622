import type { ReadResult } from "./raw-block.js";
/**
 * Markdown and MDX through micromark/mdast (GFM tables, autolinks, strikethrough;
 * YAML front matter; MDX JSX and expressions). Prose is every paragraph, heading
 * and table cell; code, HTML, JSX attributes, ESM and expressions are left out.
 */
export declare function readMarkdown(source: string, mdxSyntax: boolean): ReadResult;
