import type { Finding, Fix } from "../types.js";
/**
 * Applies fixes to the original text from the end backwards, skipping any fix
 * that overlaps one already applied (as textlint's source-code-fixer does), so
 * that every fix's range stays valid against the original text.
 */
export declare function applyFixes(text: string, fixesOrFindings: ReadonlyArray<Fix | Finding>): {
    output: string;
    applied: number;
    skipped: number;
};
