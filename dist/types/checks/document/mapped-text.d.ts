import type { Range } from "../types.js";
interface Segment {
    text: number;
    source: number;
    textLength: number;
    sourceLength: number;
}
export declare class MappedTextBuilder {
    private parts;
    private segments;
    private length;
    /** Appends `text` that stands verbatim at `sourceStart` in the source. */
    appendVerbatim(text: string, sourceStart: number): void;
    /** Appends `text` standing for the whole source span `[start, end)`. */
    appendAtomic(text: string, start: number, end: number): void;
    /**
     * Appends a decoded value (e.g. a Markdown text node whose escapes were
     * resolved) found in `source[start, end)`: characters are aligned greedily so
     * that unchanged runs stay linear and only the escaped spots become atomic.
     */
    appendDecoded(value: string, source: string, start: number, end: number): void;
    get textLength(): number;
    /** Last character appended, or "" when empty. */
    lastChar(): string;
    build(): MappedText;
}
export declare class MappedText {
    readonly text: string;
    private readonly segments;
    constructor(text: string, segments: readonly Segment[]);
    private find;
    /** Source offset where the text character at `i` starts. */
    sourceStart(i: number): number;
    /** Source offset just after the text character at `i - 1` (exclusive end). */
    sourceEnd(i: number): number;
    toSource(start: number, end: number): Range;
}
export {};
