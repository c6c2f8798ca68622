import type { Range } from "../types.js";
import type { BlockKind, Link } from "./model.js";
import type { MappedText } from "./mapped-text.js";
/** What a format reader produces; `build.ts` adds sentences and words. */
export interface RawBlock {
    kind: BlockKind;
    depth?: number;
    container: "list" | "blockquote" | null;
    mapped: MappedText;
}
export interface ReadResult {
    blocks: RawBlock[];
    links: Link[];
    frontmatter: {
        raw: string;
        range: Range;
    } | null;
    problems: Array<{
        message: string;
        range: Range;
    }>;
}
