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

export class LineIndex {
  private readonly starts: number[];

  constructor(readonly source: string) {
    const starts = [0];
    let i = source.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = source.indexOf("\n", i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Line and column of the character at `offset` (offset may equal source.length). */
  point(offset: number): Point {
    const o = Math.max(0, Math.min(offset, this.source.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))] as number;
  }
}
