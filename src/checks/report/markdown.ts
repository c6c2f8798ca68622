// Minimal renderer until the Action's full comment renderer lands (owned by the Action engineer).
import type { Report } from "../report-types.js";

export interface MarkdownOptions {
  linkForLine?: (path: string, line: number) => string;
  maxLength?: number;
}

export function formatMarkdown(reports: readonly Report[], options: MarkdownOptions = {}): string {
  const rows = reports.map((r) => `| ${r.path ?? "input"} | ${r.verdict} | ${r.score} | ${r.findings.length} |`);
  const details = reports.flatMap((r) =>
    r.findings.map((f) => {
      const where = options.linkForLine && r.path ? `[${r.path}:${f.line}](${options.linkForLine(r.path, f.line)})` : `${r.path ?? "input"}:${f.line}`;
      return `- ${where} **${f.severity}** ${f.message} \`${f.ruleId}\``;
    }),
  );
  const text = ["| File | Verdict | Score | Findings |", "| --- | --- | --- | --- |", ...rows, "", ...details].join("\n");
  return options.maxLength && text.length > options.maxLength ? text.slice(0, options.maxLength) : text;
}
