import type { Finding, Report } from "../checks/index.js";

/** GitHub shows at most 10 annotations of each kind per step (and 50 per job). */
export const MAX_PER_KIND = 10;

export interface Annotation {
  kind: "error" | "warning" | "notice";
  path: string;
  finding: Finding;
}

/**
 * Picks the annotations worth the limited slots: errors first, then warnings,
 * each kind in file order, at most 10 of each. Infos become notices only when
 * slots remain. Returns what was left out, to say so in the comment.
 */
export function selectAnnotations(reports: readonly Report[]): { selected: Annotation[]; omitted: number } {
  const byKind: Record<Annotation["kind"], Annotation[]> = { error: [], warning: [], notice: [] };
  for (const r of reports) {
    for (const f of r.findings) {
      const kind = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
      byKind[kind].push({ kind, path: r.path ?? "", finding: f });
    }
  }
  const selected = [...byKind.error.slice(0, MAX_PER_KIND), ...byKind.warning.slice(0, MAX_PER_KIND), ...byKind.notice.slice(0, MAX_PER_KIND)];
  const omitted = byKind.error.length + byKind.warning.length + byKind.notice.length - selected.length;
  return { selected, omitted };
}
