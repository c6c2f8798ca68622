import type { DetectedLang, Format } from "../types.js";
import type { Doc } from "./model.js";
import type { ReadResult } from "./raw-block.js";
export declare function read(source: string, format: Format): ReadResult;
export interface ParsedSource {
    read: ReadResult;
    frontmatter: Record<string, unknown>;
    frontmatterError?: string;
}
/** Step 1: read the format. Cheap enough to run before the language is known. */
export declare function parseSource(source: string, format: Format): ParsedSource;
/**
 * Step 2: segment into sentences and words with the language's abbreviations
 * and elisions. With an undetermined language, both languages' abbreviations
 * protect sentence ends and no elision is split.
 */
export declare function buildDoc(source: string, format: Format, parsed: ParsedSource, lang: DetectedLang): Doc;
/** Words for language detection, before segmentation: a cheap split of the prose. */
export declare function proseWords(parsed: ParsedSource): string[];
