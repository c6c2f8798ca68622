import type { Doc } from "../document/model.js";
import type { RuleContext } from "../rule.js";
/** One word of a pattern: literal words and classes, « ? » optional, « ! » none of them. */
interface Token {
    words: ReadonlySet<string>;
    classes: readonly string[];
    optional: boolean;
    negative: boolean;
    /** « ^ », « $ »: a clause boundary. */
    edge?: "start" | "end";
}
export interface Pattern {
    /** The words before the reported one, nearest first. */
    before: readonly Token[];
    after: readonly Token[];
    /** Whether the words after are the cheaper test (a literal word or a boundary nearer the reported one). */
    afterFirst: boolean;
    /** Wrong form → correction. */
    right: ReadonlyMap<string, string>;
    why: string;
}
export interface ExpressionEntry {
    right: string;
    why: string;
    patterns: readonly string[];
}
/** Patterns by the wrong word they report: most words of a text have none. */
export type Expressions = ReadonlyMap<string, readonly Pattern[]>;
export declare function compileExpressions(entries: readonly ExpressionEntry[]): Expressions;
/** Reports each word that an expression shows to be wrong, with its correction as a fix. */
export declare function reportExpressions(doc: Doc, ctx: RuleContext, expressions: Expressions): void;
export {};
