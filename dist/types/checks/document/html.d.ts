import type { ReadResult } from "./raw-block.js";
export declare function readHtml(source: string): ReadResult;
