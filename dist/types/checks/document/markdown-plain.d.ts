import type { ReadResult } from "./raw-block.js";
export declare function readPlainMarkdown(source: string): ReadResult | null;
