import type { Range } from "../types.js";

/**
 * Prose extracted from a source, with a map from every text offset back to the
 * source. A segment is either linear (text and source advance together) or
 * atomic (one or more text characters stand for a source span of another
 * length: an HTML entity, inline code shown as a placeholder).
 */
const REFERENCE = /&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/y;
const DROPPED = new Set([" ", "\t", ">", "\\", "\r"]);

interface Segment {
  text: number;
  source: number;
  textLength: number;
  sourceLength: number;
}

export class MappedTextBuilder {
  private parts: string[] = [];
  private segments: Segment[] = [];
  private length = 0;

  /** Appends `text` that stands verbatim at `sourceStart` in the source. */
  appendVerbatim(text: string, sourceStart: number): void {
    if (text.length === 0) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      last.textLength === last.sourceLength &&
      last.text + last.textLength === this.length &&
      last.source + last.sourceLength === sourceStart
    ) {
      last.textLength += text.length;
      last.sourceLength += text.length;
    } else {
      this.segments.push({ text: this.length, source: sourceStart, textLength: text.length, sourceLength: text.length });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends `text` standing for the whole source span `[start, end)`. */
  appendAtomic(text: string, start: number, end: number): void {
    if (text.length === 0) return;
    this.segments.push({ text: this.length, source: start, textLength: text.length, sourceLength: end - start });
    this.parts.push(text);
    this.length += text.length;
  }

  /**
   * Appends a decoded value (e.g. a Markdown text node whose escapes were
   * resolved) found in `source[start, end)`: characters are aligned greedily so
   * that unchanged runs stay linear and only the escaped spots become atomic.
   */
  appendDecoded(value: string, source: string, start: number, end: number): void {
    if (source.slice(start, end) === value) {
      this.appendVerbatim(value, start);
      return;
    }
    let s = start;
    let v = 0;
    while (v < value.length) {
      if (source[s] === "&") {
        // A character reference (&amp; &#233;) decoded to one character; an unknown one stays literal.
        REFERENCE.lastIndex = s;
        const ref = REFERENCE.exec(source);
        if (ref && s + ref[0].length <= end && !value.startsWith(ref[0], v)) {
          this.appendAtomic(value[v] as string, s, s + ref[0].length);
          v += 1;
          s += ref[0].length;
          continue;
        }
      }
      if (s < end && source[s] === value[v]) {
        let n = 1;
        while (v + n < value.length && s + n < end && source[s + n] !== "&" && source[s + n] === value[v + n]) n++;
        this.appendVerbatim(value.slice(v, v + n), s);
        v += n;
        s += n;
        continue;
      }
      // Markup the parser dropped (indentation, quote markers, a backslash before an escaped character).
      let p = s;
      while (p < end && p - s < 16 && DROPPED.has(source[p] as string) && source[p] !== value[v]) p++;
      if (p < end && p > s && source[p] === value[v]) {
        s = p;
        continue;
      }
      this.appendAtomic(value[v] as string, Math.min(s, end - 1), Math.min(s + 1, end));
      v += 1;
      s = Math.min(s + 1, end);
    }
  }

  get textLength(): number {
    return this.length;
  }

  /** Last character appended, or "" when empty. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1] ?? "" : "";
  }

  build(): MappedText {
    return new MappedText(this.parts.join(""), this.segments);
  }
}

export class MappedText {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
  ) {}

  private find(i: number): Segment | undefined {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segs[mid] as Segment).text <= i) lo = mid;
      else hi = mid - 1;
    }
    return segs[lo];
  }

  /** Source offset where the text character at `i` starts. */
  sourceStart(i: number): number {
    const seg = this.find(i);
    if (!seg) return 0;
    if (seg.textLength === seg.sourceLength) return seg.source + Math.min(i - seg.text, seg.textLength);
    return seg.source;
  }

  /** Source offset just after the text character at `i - 1` (exclusive end). */
  sourceEnd(i: number): number {
    if (i <= 0) return this.sourceStart(0);
    const seg = this.find(i - 1);
    if (!seg) return 0;
    if (seg.textLength === seg.sourceLength) return seg.source + Math.min(i - seg.text, seg.textLength);
    return seg.source + seg.sourceLength;
  }

  toSource(start: number, end: number): Range {
    if (end <= start) {
      const at = this.sourceStart(start);
      return [at, at];
    }
    return [this.sourceStart(start), this.sourceEnd(end)];
  }
}
