import * as github from "@actions/github";
import { withRetry, type HttpErrorLike } from "./retry.js";

type Octokit = ReturnType<typeof github.getOctokit>;

export interface ChangedFile {
  path: string;
  status: string;
}

/** The pull-request files API stops at 3,000 files. */
export const PR_FILES_LIMIT = 3000;
/** Files larger than this are not posts; the contents API also stops returning content at 1 MB. */
export const MAX_CONTENT_BYTES = 1024 * 1024;

/** Thin wrapper over the REST calls the Action makes, each with retries. */
export class GitHubApi {
  private readonly octokit: Octokit;

  constructor(
    token: string,
    private readonly owner: string,
    private readonly repo: string,
    private readonly log: (s: string) => void,
  ) {
    // baseUrl comes from GITHUB_API_URL (GitHub Enterprise Server, or a local test server).
    this.octokit = github.getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || "https://api.github.com" });
  }

  async pullRequestFiles(pull: number): Promise<ChangedFile[]> {
    const files = await withRetry("list pull request files", () =>
      this.octokit.paginate(this.octokit.rest.pulls.listFiles, { owner: this.owner, repo: this.repo, pull_number: pull, per_page: 100 }),
    this.log);
    return files.map((f) => ({ path: f.filename, status: f.status }));
  }

  async compareFiles(base: string, head: string): Promise<ChangedFile[]> {
    const res = await withRetry("compare commits", () =>
      this.octokit.rest.repos.compareCommitsWithBasehead({ owner: this.owner, repo: this.repo, basehead: `${base}...${head}`, per_page: 100 }),
    this.log);
    return (res.data.files ?? []).map((f) => ({ path: f.filename, status: f.status }));
  }

  /** Every file path of the tree at `ref` (blobs only). */
  async treePaths(ref: string): Promise<Array<{ path: string; size: number }>> {
    const res = await withRetry("read repository tree", () =>
      this.octokit.rest.git.getTree({ owner: this.owner, repo: this.repo, tree_sha: ref, recursive: "1" }),
    this.log);
    if (res.data.truncated) this.log("The repository tree is larger than GitHub returns in one call; some posts were not considered as history.");
    return res.data.tree.filter((t) => t.type === "blob" && t.path).map((t) => ({ path: t.path as string, size: t.size ?? 0 }));
  }

  /** A file's bytes at `ref`, or null when it does not exist there. */
  async fileAt(path: string, ref: string): Promise<Uint8Array | null> {
    try {
      const res = await withRetry(`read ${path}`, () => this.octokit.rest.repos.getContent({ owner: this.owner, repo: this.repo, path, ref }), this.log);
      const data = res.data as { type?: string; content?: string; encoding?: string; size?: number };
      if (Array.isArray(res.data) || data.type !== "file") return null;
      if ((data.size ?? 0) > MAX_CONTENT_BYTES || data.encoding !== "base64" || data.content === undefined) {
        throw Object.assign(new Error(`${path} is larger than 1 MB`), { tooLarge: true });
      }
      return Buffer.from(data.content, "base64");
    } catch (err) {
      if ((err as HttpErrorLike).status === 404) return null;
      throw err;
    }
  }

  async issueComments(issue: number): Promise<Array<{ id: number; body?: string | null; user?: { type?: string | null; login?: string | null } | null }>> {
    return withRetry("list comments", () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { owner: this.owner, repo: this.repo, issue_number: issue, per_page: 100 }),
    this.log);
  }

  async createComment(issue: number, body: string): Promise<number> {
    const res = await withRetry("create comment", () => this.octokit.rest.issues.createComment({ owner: this.owner, repo: this.repo, issue_number: issue, body }), this.log);
    return res.data.id;
  }

  async updateComment(id: number, body: string): Promise<void> {
    await withRetry("update comment", () => this.octokit.rest.issues.updateComment({ owner: this.owner, repo: this.repo, comment_id: id, body }), this.log);
  }
}
