import type { Report, Verdict } from "../report-types.js";

export interface RunSummary {
  files: number;
  pass: number;
  warn: number;
  fail: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Worst verdict of the run. */
  verdict: Verdict;
  /** Mean of the files' scores (rounded), 100 when there are none. */
  score: number;
}

const RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

export function summarize(reports: readonly Report[]): RunSummary {
  const s: RunSummary = { files: reports.length, pass: 0, warn: 0, fail: 0, errors: 0, warnings: 0, infos: 0, verdict: "pass", score: 100 };
  let total = 0;
  for (const r of reports) {
    s[r.verdict]++;
    total += r.score;
    if (RANK[r.verdict] > RANK[s.verdict]) s.verdict = r.verdict;
    for (const f of r.findings) {
      if (f.severity === "error") s.errors++;
      else if (f.severity === "warning") s.warnings++;
      else s.infos++;
    }
  }
  if (reports.length > 0) s.score = Math.round(total / reports.length);
  return s;
}
