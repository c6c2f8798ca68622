import type { Finding, Fix } from "../types.js";

/**
 * Applies fixes to the original text from the end backwards, skipping any fix
 * that overlaps one already applied (as textlint's source-code-fixer does), so
 * that every fix's range stays valid against the original text.
 */
export function applyFixes(text: string, fixesOrFindings: ReadonlyArray<Fix | Finding>): { output: string; applied: number; skipped: number } {
  const fixes = fixesOrFindings
    .map((f) => ("ruleId" in f ? f.fix : f))
    .filter((f): f is Fix => f !== undefined)
    .sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1]);
  let output = text;
  let applied = 0;
  let skipped = 0;
  let floor = Number.POSITIVE_INFINITY;
  for (const fix of fixes) {
    const [s, e] = fix.range;
    if (e > floor || s < 0 || e > text.length || s > e) {
      skipped++;
      continue;
    }
    output = output.slice(0, s) + fix.text + output.slice(e);
    floor = s;
    applied++;
  }
  return { output, applied, skipped };
}
