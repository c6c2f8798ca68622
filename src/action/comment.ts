import { formatMarkdown, type Report } from "../checks/index.js";

/** Hidden marker that identifies the Action's own comment, so each run edits it instead of adding one. */
export const MARKER = "<!-- postlint:sticky-comment -->";

export interface CommentLike {
  id: number;
  body?: string | null;
  user?: { type?: string | null; login?: string | null } | null;
}

export function findStickyComment(comments: readonly CommentLike[]): CommentLike | undefined {
  // The latest one, should an earlier run have raced and left two.
  return [...comments].reverse().find((c) => typeof c.body === "string" && c.body.includes(MARKER));
}

export interface CommentContext {
  serverUrl: string;
  repository: string;
  sha: string;
  notes: string[];
}

export function renderComment(reports: readonly Report[], ctx: CommentContext): string {
  return formatMarkdown(reports, {
    header: MARKER,
    linkForLine: (path, line) => `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}`,
    notes: ctx.notes,
  });
}
