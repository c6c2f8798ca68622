import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as core from "@actions/core";
import * as github from "@actions/github";
import { ConfigError, defaultConfig, parseConfig, review, ruleIds, summarize, formatMarkdown, type Config, type HistoryEntry, type Report } from "../checks/index.js";
import { selectAnnotations } from "./annotations.js";
import { findStickyComment, renderComment } from "./comment.js";
import { GitHubApi, PR_FILES_LIMIT, type ChangedFile } from "./github.js";
import { InputError, parseInputs, type ActionInputs } from "./inputs.js";
import { explain, type HttpErrorLike } from "./retry.js";
import { matchesAny } from "../cli/glob.js";
import { readContent } from "../cli/files.js";

/** At most this many of the repository's other posts are read as history. */
export const MAX_HISTORY = 50;
const CONTENT = /\.(?:md|mdx|markdown|txt|html?)$/i;

interface Target {
  kind: "pull_request" | "push" | "all";
  pull?: number;
  base?: string;
  head: string;
}

function target(): Target | string {
  const { eventName, payload, sha } = github.context;
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pr = payload.pull_request as { number: number; base: { sha: string }; head: { sha: string } } | undefined;
    if (!pr) return `the ${eventName} event has no pull_request in its payload`;
    return { kind: "pull_request", pull: pr.number, base: pr.base.sha, head: pr.head.sha };
  }
  if (eventName === "push") {
    const before = String(payload.before ?? "");
    const after = String(payload.after ?? sha);
    return /^0+$/.test(before) || before === "" ? { kind: "all", head: after } : { kind: "push", base: before, head: after };
  }
  if (eventName === "workflow_dispatch" || eventName === "schedule") return { kind: "all", head: sha };
  return `event "${eventName}" is not supported (use pull_request, pull_request_target, push or workflow_dispatch)`;
}

async function readFile(api: GitHubApi, path: string, ref: string, useWorkspace: boolean): Promise<{ text: string } | { error: string } | null> {
  const ws = process.env.GITHUB_WORKSPACE;
  if (useWorkspace && ws && existsSync(join(ws, path))) return readContent(readFileSync(join(ws, path)));
  try {
    const bytes = await api.fileAt(path, ref);
    return bytes === null ? null : readContent(bytes);
  } catch (err) {
    if ((err as { tooLarge?: boolean }).tooLarge) return { error: "larger than 1 MB, not a post" };
    throw err;
  }
}

async function loadConfig(api: GitHubApi, inputs: ActionInputs, ref: string, useWorkspace: boolean): Promise<Config> {
  const read = await readFile(api, inputs.config, ref, useWorkspace);
  if (read === null) {
    core.info(`No ${inputs.config} at ${ref.slice(0, 7)}: using the default configuration.`);
    return defaultConfig();
  }
  if ("error" in read) throw new Error(`${inputs.config}: ${read.error}`);
  return parseConfig(read.text, inputs.config, ruleIds);
}

export async function run(): Promise<void> {
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    const t = target();
    if (typeof t === "string") {
      core.notice(`postlint: ${t}; nothing reviewed.`);
      return;
    }
    const { owner, repo } = github.context.repo;
    const api = new GitHubApi(inputs.token, owner, repo, (s) => core.info(s));
    const useWorkspace = t.kind !== "pull_request";

    let config: Config;
    try {
      config = await loadConfig(api, inputs, t.head, useWorkspace);
    } catch (err) {
      if (err instanceof ConfigError) {
        for (const issue of err.issues) {
          core.error(`${issue.path ? `${issue.path}: ` : ""}${issue.message}`, { file: inputs.config, startLine: issue.line ?? 1, startColumn: issue.column ?? 1, title: "postlint: invalid config" });
        }
        core.setFailed(`Invalid ${inputs.config}: ${err.issues.length} problem(s), annotated on the file.`);
        return;
      }
      throw err;
    }

    // 1. Which files.
    let changed: ChangedFile[];
    if (t.kind === "pull_request") {
      changed = await api.pullRequestFiles(t.pull as number);
      if (changed.length >= PR_FILES_LIMIT) core.warning(`This pull request changes ${PR_FILES_LIMIT} files or more; GitHub's API lists only the first ${PR_FILES_LIMIT}, so later files were not reviewed.`);
    } else if (t.kind === "push") {
      changed = await api.compareFiles(t.base as string, t.head);
    } else {
      changed = (await api.treePaths(t.head)).map((f) => ({ path: f.path, status: "added" }));
    }
    const selected = changed
      .filter((f) => f.status !== "removed" && CONTENT.test(f.path))
      .filter((f) => matchesAny(f.path, inputs.paths) && !matchesAny(f.path, config.ignore));
    core.info(`postlint: ${selected.length} content file(s) to review out of ${changed.length} changed.`);

    // 2. Read them.
    const posts: Array<{ path: string; text: string }> = [];
    for (const f of selected) {
      const read = await readFile(api, f.path, t.head, useWorkspace);
      if (read === null) continue;
      if ("error" in read) {
        core.notice(`${f.path}: skipped (${read.error}).`, { file: f.path });
        continue;
      }
      posts.push({ path: f.path, text: read.text });
    }

    // 3. History: the repository's other posts in the same folders, at the base commit.
    const history: HistoryEntry[] = [];
    if (t.kind === "pull_request" && posts.length > 0) {
      const folders = new Set(posts.map((p) => dirname(p.path)));
      const mine = new Set(posts.map((p) => p.path));
      const candidates = (await api.treePaths(t.base as string))
        .filter((f) => CONTENT.test(f.path) && folders.has(dirname(f.path)) && !mine.has(f.path) && matchesAny(f.path, inputs.paths) && !matchesAny(f.path, config.ignore))
        .sort((a, b) => b.path.localeCompare(a.path))
        .slice(0, MAX_HISTORY);
      for (const c of candidates) {
        const read = await readFile(api, c.path, t.base as string, false);
        if (read && "text" in read) history.push(review(read.text, { path: c.path, config }).entry);
      }
    }

    // 4. Review: each post against the history and the other posts of the change dated before it.
    const alone = posts.map((p) => review(p.text, { path: p.path, config }));
    const reports: Report[] = posts.map((p, i) => {
      const entry = (alone[i] as Report).entry;
      const earlier = [...history, ...alone.filter((r, j) => j !== i && r.entry.date < entry.date).map((r) => r.entry)].filter((h) => h.date <= entry.date);
      return earlier.length > 0 ? review(p.text, { path: p.path, config, history: earlier }) : (alone[i] as Report);
    });
    const s = summarize(reports);

    // 5. Annotations.
    const notes: string[] = [];
    if (inputs.annotations) {
      const { selected: picked, omitted } = selectAnnotations(reports);
      for (const a of picked) {
        const f = a.finding;
        const props = { file: a.path, startLine: f.line, endLine: f.endLine, title: `postlint ${f.ruleId}`, ...(f.line === f.endLine ? { startColumn: f.column, endColumn: f.endColumn } : {}) };
        if (a.kind === "error") core.error(f.message, props);
        else if (a.kind === "warning") core.warning(f.message, props);
        else core.notice(f.message, props);
      }
      if (omitted > 0) notes.push(`<sub>${omitted} more finding(s) are not annotated on the diff (GitHub shows 10 annotations of each kind per step); all are listed above.</sub>`);
    }

    // 6. Report file, outputs, job summary.
    const reportPath = join(process.env.RUNNER_TEMP || process.cwd(), "postlint-report.json");
    writeFileSync(reportPath, JSON.stringify({ version: 1, files: reports, summary: s }, null, 2));
    core.setOutput("verdict", s.verdict);
    core.setOutput("score", String(s.score));
    core.setOutput("files", String(s.files));
    core.setOutput("errors", String(s.errors));
    core.setOutput("warnings", String(s.warnings));
    core.setOutput("report", reportPath);
    const serverUrl = process.env.GITHUB_SERVER_URL || "https://github.com";
    const repository = `${owner}/${repo}`;
    const linkForLine = (path: string, line: number): string => `${serverUrl}/${repository}/blob/${t.head}/${path}#L${line}`;
    await core.summary.addRaw(formatMarkdown(reports, { linkForLine, notes })).write();

    // 7. The sticky comment.
    if (t.kind === "pull_request" && inputs.comment === "sticky") {
      const body = renderComment(reports, { serverUrl, repository, sha: t.head, notes });
      try {
        const existing = findStickyComment(await api.issueComments(t.pull as number));
        if (existing) {
          await api.updateComment(existing.id, body);
          core.info(`Updated the postlint comment (${existing.id}).`);
        } else if (reports.length > 0) {
          const id = await api.createComment(t.pull as number, body);
          core.info(`Created the postlint comment (${id}).`);
        }
      } catch (err) {
        const status = (err as HttpErrorLike).status;
        if (status === 403 || status === 404) {
          // Pull requests from forks get a read-only token: the annotations and the summary still tell the author.
          core.warning(`${explain("Cannot comment on the pull request", err)} The review is in the annotations and the job summary.`);
        } else throw err;
      }
    }

    const failed = inputs.failOn === "error" ? s.fail > 0 : inputs.failOn === "warning" ? s.fail + s.warn > 0 : false;
    if (failed) core.setFailed(`postlint: ${s.fail} file(s) fail, ${s.warn} warn (fail-on: ${inputs.failOn}).`);
    else core.info(`postlint: ${s.files} file(s) reviewed, verdict ${s.verdict}.`);
  } catch (err) {
    if (err instanceof InputError) core.setFailed(err.message);
    else if ((err as HttpErrorLike).status) core.setFailed(explain("GitHub API", err));
    else core.setFailed(`postlint: ${(err as Error).message}`);
  }
}
