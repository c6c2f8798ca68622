import type { DetectedLang, Format, Lang, Range } from "../types.js";
import { segmentation } from "../lang/detect.js";
import type { Block, Doc, Sentence, Word } from "./model.js";
import type { ReadResult } from "./raw-block.js";
import { readMarkdown } from "./markdown.js";
import { readText } from "./text.js";
import { readHtml } from "./html.js";
import { tokenize } from "./tokenize.js";
import { splitSentences } from "./sentences.js";
import { findSuppressions } from "./suppressions.js";
import { parseFrontmatter } from "./frontmatter.js";

const SETS = {
  fr: {
    abbreviations: new Set(segmentation.fr.abbreviations),
    elisions: new Set(segmentation.fr.elisions),
  },
  en: {
    abbreviations: new Set(segmentation.en.abbreviations),
    elisions: new Set<string>(),
  },
} as const;
const ALL_ABBREVIATIONS = new Set([...SETS.fr.abbreviations, ...SETS.en.abbreviations]);

export function read(source: string, format: Format): ReadResult {
  switch (format) {
    case "markdown":
      return readMarkdown(source, false);
    case "mdx":
      return readMarkdown(source, true);
    case "html":
      return readHtml(source);
    case "text":
      return readText(source);
  }
}

export interface ParsedSource {
  read: ReadResult;
  frontmatter: Record<string, unknown>;
  frontmatterError?: string;
}

/** Step 1: read the format. Cheap enough to run before the language is known. */
export function parseSource(source: string, format: Format): ParsedSource {
  const r = read(source, format);
  if (!r.frontmatter) return { read: r, frontmatter: {} };
  const fm = parseFrontmatter(r.frontmatter.raw);
  return fm.error ? { read: r, frontmatter: fm.data, frontmatterError: fm.error } : { read: r, frontmatter: fm.data };
}

/**
 * Step 2: segment into sentences and words with the language's abbreviations
 * and elisions. With an undetermined language, both languages' abbreviations
 * protect sentence ends and no elision is split.
 */
export function buildDoc(source: string, format: Format, parsed: ParsedSource, lang: DetectedLang): Doc {
  const sets = lang === "und" ? { abbreviations: ALL_ABBREVIATIONS, elisions: new Set<string>() } : SETS[lang as Lang];
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const words: Word[] = [];
  parsed.read.blocks.forEach((raw, index) => {
    const mapped = raw.mapped;
    const toSource = (s: number, e: number): Range => mapped.toSource(s, e);
    const blockWords = tokenize(mapped.text, toSource, sets.elisions);
    const block: Block = {
      kind: raw.kind,
      container: raw.container,
      text: mapped.text,
      range: mapped.toSource(0, mapped.text.length),
      sentences: [],
      words: blockWords,
      toSource,
      index,
    };
    if (raw.depth !== undefined) block.depth = raw.depth;
    let w = 0;
    for (const span of splitSentences(mapped.text, blockWords, sets.abbreviations)) {
      while (w < blockWords.length && (blockWords[w] as Word).start < span.start) w++;
      let k = w;
      while (k < blockWords.length && (blockWords[k] as Word).end <= span.end) k++;
      const sWords = blockWords.slice(w, k);
      w = k;
      const sentence: Sentence = {
        text: mapped.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        range: toSource(span.start, span.end),
        words: sWords,
        block,
        index: sentences.length,
      };
      block.sentences.push(sentence);
      sentences.push(sentence);
    }
    for (const bw of blockWords) words.push(bw);
    blocks.push(block);
  });
  const problems = [...parsed.read.problems];
  if (parsed.frontmatterError && parsed.read.frontmatter) problems.push({ message: parsed.frontmatterError, range: parsed.read.frontmatter.range });
  return {
    source,
    format,
    frontmatter: parsed.frontmatter,
    frontmatterRange: parsed.read.frontmatter?.range ?? null,
    blocks,
    sentences,
    words,
    links: parsed.read.links,
    suppressions: findSuppressions(source),
    lang,
    problems,
  };
}

/** Words for language detection, before segmentation: a cheap split of the prose. */
export function proseWords(parsed: ParsedSource): string[] {
  const out: string[] = [];
  for (const b of parsed.read.blocks) {
    for (const m of b.mapped.text.toLowerCase().matchAll(/[\p{L}’']+/gu)) {
      const w = m[0];
      const cut = w.search(/['’]/);
      out.push(cut > 0 ? w.slice(0, cut) : w);
      if (out.length >= 2000) return out;
    }
  }
  return out;
}
