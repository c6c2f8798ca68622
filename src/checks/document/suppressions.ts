import type { Range } from "../types.js";
import type { Suppression } from "./model.js";

/**
 * Inline suppressions, as in ESLint and markdownlint, written as HTML comments
 * (invisible in rendered Markdown and HTML; in plain text they are kept as typed):
 *   <!-- postlint-disable [rule-id …] --> … <!-- postlint-enable [rule-id …] -->
 *   <!-- postlint-disable-next-line [rule-id …] -->
 *   <!-- postlint-disable-line [rule-id …] -->
 * Rule ids may be a family prefix (`writing/`). No id = every rule.
 */
const COMMENT = /<!--\s*postlint-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

export function findSuppressions(source: string): Suppression[] {
  if (!source.includes("postlint-")) return [];
  const out: Suppression[] = [];
  const open: Array<{ rules: string[]; start: number }> = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(source); m !== null; m = COMMENT.exec(source)) {
    const kind = m[1];
    const rules = (m[2] ?? "").split(/[\s,]+/).filter(Boolean);
    const end = m.index + m[0].length;
    if (kind === "disable") open.push({ rules, start: end });
    else if (kind === "enable") {
      // Close the matching disables (all of them when no ids are given).
      for (let i = open.length - 1; i >= 0; i--) {
        const o = open[i] as { rules: string[]; start: number };
        if (rules.length === 0 || o.rules.some((r) => rules.includes(r))) {
          out.push({ rules: o.rules, range: [o.start, m.index] });
          open.splice(i, 1);
        }
      }
    } else if (kind === "disable-line") {
      out.push({ rules, range: lineAround(source, m.index) });
    } else {
      // The next line that is not blank.
      let p = source.indexOf("\n", end);
      while (p !== -1) {
        const next = source.indexOf("\n", p + 1);
        const line = source.slice(p + 1, next === -1 ? source.length : next);
        if (line.trim() !== "") {
          out.push({ rules, range: [p + 1, next === -1 ? source.length : next] });
          break;
        }
        p = next;
      }
    }
  }
  for (const o of open) out.push({ rules: o.rules, range: [o.start, source.length] });
  return out;
}

function lineAround(source: string, at: number): Range {
  const s = source.lastIndexOf("\n", at - 1) + 1;
  const e = source.indexOf("\n", at);
  return [s, e === -1 ? source.length : e];
}

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, range: Range): boolean {
  for (const s of suppressions) {
    if (range[0] < s.range[0] || range[0] > s.range[1]) continue;
    if (s.rules.length === 0) return true;
    for (const r of s.rules) if (r === ruleId || (r.endsWith("/") && ruleId.startsWith(r))) return true;
  }
  return false;
}
