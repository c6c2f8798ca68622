import type { Report } from "../report-types.js";
import type { Severity } from "../types.js";
import { summarize } from "./summary.js";

export interface TextFormatOptions {
  color?: boolean;
  /** Show `info` findings (default true). */
  infos?: boolean;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
const SEVERITY_COLOR: Record<Severity, string> = { error: "31", warning: "33", info: "36" };

/** The compact listing: `file:line:col  severity  message  ruleId`, then a summary. */
export function formatText(reports: readonly Report[], options: TextFormatOptions = {}): string {
  const color = options.color ?? false;
  const out: string[] = [];
  for (const r of reports) {
    const name = r.path ?? "<input>";
    const verdict = r.verdict === "pass" ? paint(color, "32", "pass") : r.verdict === "warn" ? paint(color, "33", "warn") : paint(color, "31", "fail");
    const lang = r.language.code === "und" ? "language ?" : `${r.language.code}${r.language.source === "detected" ? ` (${Math.round(r.language.confidence * 100)}% sure)` : ""}`;
    const sections = [
      r.checks.relevance.score === null ? "relevance –" : `relevance ${r.checks.relevance.score}`,
      `self-promotion ${r.checks.selfPromotion.score ?? "–"}${r.checks.selfPromotion.promotional ? " (promotional)" : ""}`,
      `writing ${r.checks.writing.score ?? "–"}`,
    ].join(", ");
    out.push(`${paint(color, "1", name)}  ${verdict} ${r.score}/100 · ${lang} · ${r.channel} · ${sections}`);
    for (const f of r.findings) {
      if (f.severity === "info" && options.infos === false) continue;
      const sev = paint(color, SEVERITY_COLOR[f.severity], f.severity.padEnd(7));
      const hint = f.suggestions.length > 0 ? ` → ${f.suggestions.slice(0, 3).join(" | ")}` : "";
      out.push(`  ${name}:${f.line}:${f.column}  ${sev}  ${f.message}${hint}  ${paint(color, "2", f.ruleId)}`);
    }
    const omitted = Object.values(r.omitted).reduce((a, b) => a + b, 0);
    if (omitted > 0) out.push(`  … ${omitted} more finding(s) not shown (caps per rule and per file)`);
    out.push("");
  }
  const s = summarize(reports);
  out.push(
    `${s.files} file(s): ${s.pass} pass, ${s.warn} warn, ${s.fail} fail · ${s.errors} error(s), ${s.warnings} warning(s), ${s.infos} info`,
  );
  return out.join("\n");
}
