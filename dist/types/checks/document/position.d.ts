/**
 * The one place where offsets become line/column. Lines and columns are 1-based
 * (unist, textlint, GitHub annotations); columns count UTF-16 code units, so an
 * emoji advances the column by 2, as GitHub and editors using JS strings do.
 * A line ends after "\n"; a "\r" before it belongs to the line it ends.
 */
export interface Point {
    line: number;
    column: number;
}
export declare class LineIndex {
    readonly source: string;
    private readonly starts;
    constructor(source: string);
    get lineCount(): number;
    /** Line and column of the character at `offset` (offset may equal source.length). */
    point(offset: number): Point;
    /** Offset of the first character of a 1-based line. */
    lineStart(line: number): number;
}
