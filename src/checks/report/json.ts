import type { Report } from "../report-types.js";
import { summarize, type RunSummary } from "./summary.js";

export interface JsonRun {
  version: 1;
  files: Report[];
  summary: RunSummary;
}

export function toJsonRun(reports: Report[]): JsonRun {
  return { version: 1, files: reports, summary: summarize(reports) };
}

export function formatJson(reports: Report[]): string {
  return JSON.stringify(toJsonRun(reports), null, 2);
}
