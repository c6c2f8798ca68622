import type { Range } from "../types.js";
import type { Word } from "./model.js";
export declare function tokenize(text: string, toSource: (start: number, end: number) => Range, elisions: ReadonlySet<string>): Word[];
/**
 * `s.toLowerCase()`, without the call when `s` has no capital. V8 lower-cases a string
 * stored two bytes per character (any block with « ’ » or an emoji) through ICU, which
 * made lower-casing a third of segmentation; most words have no capital at all.
 */
export declare function lowerCase(s: string): string;
