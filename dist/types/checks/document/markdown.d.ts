import type { ReadResult } from "./raw-block.js";
export declare function readMarkdown(source: string, mdxSyntax: boolean): ReadResult;
export declare function readWithMicromark(source: string, mdxSyntax: boolean): ReadResult;
