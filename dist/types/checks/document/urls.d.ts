import type { MappedTextBuilder } from "./mapped-text.js";
import { type Link } from "./model.js";
/**
 * Appends `source[start, end)` to `b`, replacing every bare URL by a
 * placeholder (URLs are not prose) and recording it as a link.
 */
export declare function appendWithUrls(b: MappedTextBuilder, source: string, start: number, end: number, links: Link[], decode?: (raw: string, at: number, b: MappedTextBuilder) => void): void;
