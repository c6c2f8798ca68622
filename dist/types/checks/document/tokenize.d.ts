import type { Range } from "../types.js";
import type { Word } from "./model.js";
export declare function tokenize(text: string, toSource: (start: number, end: number) => Range, elisions: ReadonlySet<string>): Word[];
