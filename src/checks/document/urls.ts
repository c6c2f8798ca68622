import type { MappedTextBuilder } from "./mapped-text.js";
import { PLACEHOLDER, type Link } from "./model.js";

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"'«»]+[^\s<>"'«».,;:!?)\]]/g;

/**
 * Appends `source[start, end)` to `b`, replacing every bare URL by a
 * placeholder (URLs are not prose) and recording it as a link.
 */
export function appendWithUrls(b: MappedTextBuilder, source: string, start: number, end: number, links: Link[], decode?: (raw: string, at: number, b: MappedTextBuilder) => void): void {
  const chunk = source.slice(start, end);
  const emit = decode ?? ((raw: string, at: number, bb: MappedTextBuilder) => bb.appendVerbatim(raw, at));
  if (!chunk.includes("http") && !chunk.includes("www.")) {
    emit(chunk, start, b);
    return;
  }
  URL_RE.lastIndex = 0;
  let last = 0;
  for (let m = URL_RE.exec(chunk); m !== null; m = URL_RE.exec(chunk)) {
    if (m.index > last) emit(chunk.slice(last, m.index), start + last, b);
    const s = start + m.index;
    const e = s + m[0].length;
    links.push({ url: m[0].startsWith("www.") ? `https://${m[0]}` : m[0], text: "", range: [s, e] });
    b.appendAtomic(PLACEHOLDER, s, e);
    last = m.index + m[0].length;
  }
  if (last < chunk.length) emit(chunk.slice(last), start + last, b);
}
