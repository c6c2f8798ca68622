import type { Report } from "../report-types.js";
import type { Rule } from "../rule.js";
import type { Severity } from "../types.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers. Columns are UTF-16
 * code units (`columnKind: utf16CodeUnits`), which is what our offsets count.
 */
export function toSarif(reports: readonly Report[], rules: readonly Rule[], toolVersion: string): Record<string, unknown> {
  const used = new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const ruleList = rules.filter((r) => used.has(r.id));
  const index = new Map(ruleList.map((r, i) => [r.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "postlint",
            version: toolVersion,
            informationUri: "https://github.com/postlint/postlint",
            rules: ruleList.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              fullDescription: { text: r.explanation },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { group: r.group, lang: r.lang },
              ...(r.link ? { helpUri: r.link } : {}),
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results: reports.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.suggestions.length > 0 ? `${f.message} (suggestion: ${f.suggestions.slice(0, 3).join(", ")})` : f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: (r.path ?? "stdin").replace(/\\/g, "/") },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.offset, charLength: f.length },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
}
