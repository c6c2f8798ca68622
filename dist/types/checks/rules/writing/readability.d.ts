import type { Doc } from "../../document/model.js";
import type { Rule, RuleContext } from "../../rule.js";
import { type Readability } from "../../readability/index.js";
export declare function docReadability(doc: Doc, ctx: RuleContext): Readability | null;
/** Words of the document (not numbers, links or hashtags): the readability rule and the writing score both ask. */
export declare function wordCount(doc: Doc, ctx: RuleContext): number;
export declare const rule: Rule;
