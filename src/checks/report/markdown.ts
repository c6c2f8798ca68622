import type { Report, Verdict } from "../report-types.js";
import type { Finding, Severity } from "../types.js";
import { summarize } from "./summary.js";

/**
 * The Markdown a pull-request comment (and `postlint check --format markdown`)
 * shows: a summary table, then one collapsible section per file with its
 * findings, each linked to its line. Stays under `maxLength` (GitHub refuses
 * comments over 65,536 characters) by cutting whole findings and saying so.
 */
export interface MarkdownOptions {
  /** Link for a line of a file (e.g. blob URL at the head commit); plain `path:line` without it. */
  linkForLine?: (path: string, line: number) => string;
  /** Default 65,000: a little under GitHub's 65,536-character limit for the marker and notes. */
  maxLength?: number;
  /** Text put first (e.g. a hidden marker). */
  header?: string;
  /** Notes put last (e.g. "annotations: 12 more not shown"). */
  notes?: string[];
}

export const GITHUB_COMMENT_LIMIT = 65_536;
const ICON: Record<Verdict, string> = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail" };
const SEVERITY_ICON: Record<Severity, string> = { error: "❌", warning: "⚠️", info: "ℹ️" };

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const score = (n: number | null): string => (n === null ? "–" : String(n));

function findingLine(r: Report, f: Finding, options: MarkdownOptions): string {
  const path = r.path ?? "input";
  const where = options.linkForLine && r.path ? `[${path}:${f.line}](${options.linkForLine(r.path, f.line)})` : `\`${path}:${f.line}\``;
  const hint = f.suggestions.length > 0 ? ` → ${f.suggestions.slice(0, 3).map((s) => `\`${s}\``).join(", ")}` : "";
  return `- ${SEVERITY_ICON[f.severity]} ${where} ${cell(f.message)}${hint} <sub>\`${f.ruleId}\`</sub>`;
}

export function formatMarkdown(reports: readonly Report[], options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? 65_000;
  const s = summarize(reports);
  const head: string[] = [];
  if (options.header) head.push(options.header);
  head.push("## postlint review", "");
  if (reports.length === 0) {
    head.push("No content file to review.");
    return [...head, ...(options.notes ?? [])].join("\n");
  }
  const allClear = s.fail === 0 && s.warn === 0 && s.errors === 0 && s.warnings === 0;
  head.push(
    allClear
      ? `✅ ${s.files} file(s) reviewed: all pass (score ${s.score}/100).`
      : `${ICON[s.verdict]} — ${s.files} file(s): ${s.pass} pass, ${s.warn} warn, ${s.fail} fail · ${s.errors} error(s), ${s.warnings} warning(s)`,
    "",
    "| File | Verdict | Score | Relevance | Self-promotion | Writing | Findings |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const r of reports) {
    const promo = `${score(r.checks.selfPromotion.score)}${r.checks.selfPromotion.promotional ? " (promotional)" : ""}`;
    head.push(`| ${cell(r.path ?? "input")} | ${ICON[r.verdict]} | ${r.score} | ${score(r.checks.relevance.score)} | ${promo} | ${score(r.checks.writing.score)} | ${r.findings.length} |`);
  }
  head.push("");
  const tail = options.notes && options.notes.length > 0 ? ["", ...options.notes] : [];

  let out = `${head.join("\n")}\n`;
  let cut = 0;
  const budget = (): number => max - out.length - tail.join("\n").length - 200;
  for (const r of reports) {
    const visible = r.findings.filter((f) => f.severity !== "info" || r.findings.length < 30);
    if (visible.length === 0) continue;
    const open = r.verdict === "fail" ? " open" : "";
    const title = `<details${open}><summary><b>${r.path ?? "input"}</b> — ${ICON[r.verdict]} ${r.score}/100 · ${r.language.code} · ${visible.length} finding(s)</summary>\n\n`;
    if (budget() < title.length + 50) {
      cut += visible.length;
      continue;
    }
    out += title;
    for (const f of visible) {
      const line = `${findingLine(r, f, options)}\n`;
      if (budget() < line.length + 20) {
        cut++;
        continue;
      }
      out += line;
    }
    out += "\n</details>\n";
  }
  if (cut > 0) out += `\n> ✂️ ${cut} more finding(s) not shown: the comment would exceed GitHub's size limit. The full report is in the job summary artifact and \`postlint check\`.\n`;
  return out + tail.join("\n");
}
