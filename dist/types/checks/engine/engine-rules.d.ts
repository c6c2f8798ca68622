import type { Rule } from "../rule.js";
/** Rules about the document itself rather than its prose; ids under `document/`. */
export declare const unsupportedLanguage: Rule;
export declare const sourceProblem: Rule;
export declare const emptyDocument: Rule;
export declare const engineRules: readonly Rule[];
