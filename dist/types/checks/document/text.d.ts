import type { ReadResult } from "./raw-block.js";
/**
 * Plain text (social posts). Every line is a block, because social posts use
 * line breaks as separators; a line that does not end a sentence and is
 * followed by one starting in lower case is joined to it (hard-wrapped prose).
 */
export declare function readText(source: string): ReadResult;
