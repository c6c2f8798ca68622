import type { DetectedLang, Format, Range } from "../types.js";
/**
 * The read-only model every rule sees. Prose is extracted from the source
 * (Markdown, MDX, HTML or plain text) into blocks of plain text; each block
 * maps its text offsets back to the original source. Rules work on block
 * text, sentences and words, and report ranges that are already absolute.
 */
export type WordKind = "word" | "number" | "hashtag" | "mention" | "email" | "url";
export interface Word {
    text: string;
    /** Lower-cased text, computed once. */
    lower: string;
    /** `lower` with typographic apostrophes made straight (« l’ » → « l' »): the form word lists are written in. */
    key?: string;
    kind: WordKind;
    /** [start, end) in the block's text. */
    start: number;
    end: number;
    /** Absolute [start, end) in the source. */
    range: Range;
    /** French elided article/pronoun split off the next word: « l' », « qu' », « jusqu' ». */
    elided?: boolean;
}
export interface Sentence {
    text: string;
    /** [start, end) in the block's text (trimmed). */
    start: number;
    end: number;
    range: Range;
    words: Word[];
    block: Block;
    /** Index of the sentence in the whole document. */
    index: number;
}
export type BlockKind = "paragraph" | "heading" | "tableCell" | "line";
export interface Block {
    kind: BlockKind;
    /** Heading level, 1–6. */
    depth?: number;
    /** The nearest container: a list item or a quote. Lists carry fragments, quotes carry others' words. */
    container: "list" | "blockquote" | null;
    /**
     * Prose of the block. Inline code, images, inline HTML, JSX and URLs shown as
     * text are replaced by one U+FFFC each (mapped to their whole source range),
     * so that no rule sees them and spacing stays natural.
     */
    text: string;
    range: Range;
    sentences: Sentence[];
    words: Word[];
    /** Absolute source range of [start, end) in this block's text. */
    toSource(start: number, end: number): Range;
    index: number;
}
export interface Link {
    url: string;
    /** Visible text ("" for bare URLs). */
    text: string;
    range: Range;
}
export interface Suppression {
    /** Rule ids (or prefixes ending in `/`), empty = every rule. */
    rules: string[];
    /** Absolute source range the suppression covers. */
    range: Range;
}
export interface Doc {
    source: string;
    format: Format;
    /** Front matter as parsed YAML (empty object when absent or invalid). */
    frontmatter: Record<string, unknown>;
    frontmatterRange: Range | null;
    blocks: Block[];
    sentences: Sentence[];
    words: Word[];
    links: Link[];
    suppressions: Suppression[];
    /** Language after options, front matter, config and detection. */
    lang: DetectedLang;
    /** Problems met while reading the document (bad front matter, MDX syntax) reported as findings by the engine. */
    problems: Array<{
        message: string;
        range: Range;
    }>;
}
/** U+FFFC OBJECT REPLACEMENT CHARACTER: stands for non-prose inline content. */
export declare const PLACEHOLDER = "\uFFFC";
