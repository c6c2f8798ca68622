import type { Doc } from "../../document/model.js";
import type { Rule, RuleContext } from "../../rule.js";
import { type Readability } from "../../readability/index.js";
export declare function docReadability(doc: Doc, ctx: RuleContext): Readability | null;
export declare const rule: Rule;
