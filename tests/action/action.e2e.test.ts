import { afterEach, describe, expect, it } from "vitest";
import { FakeGitHub, type FakeState } from "./fake-github.js";
import { runAction } from "./run-action.js";

const BASE = "b".repeat(40);
const HEAD = "h".repeat(40);

const CONFIG = [
  "audience:",
  "  topics: [content strategy, social media strategy, audience]",
  "brand:",
  "  names: [Acme]",
  "  domains: [acme.example]",
].join("\n");

const PROMO = [
  "---",
  "title: Big sale",
  "date: 2026-11-20",
  "lang: en",
  "---",
  "",
  "# Our biggest sale",
  "",
  "Acme is the #1 agency on the market!!! Save 40% with code FALL40, today only.",
  "",
  "BUY NOW at https://acme.example/shop and win a free audit in our giveaway.",
  "",
].join("\n");

const GOOD = [
  "---",
  "title: Know your audience",
  "date: 2026-11-19",
  "lang: en",
  "---",
  "",
  "# Know your audience",
  "",
  "A content strategy starts with your audience. List the questions your customers asked last quarter,",
  "and answer one per post. Your social media strategy follows from what they need.",
  "",
].join("\n");

const OLD = "---\ndate: 2026-10-01\nlang: en\n---\nHow to plan a month of posts for your audience, one question at a time.\n";

function state(overrides: Partial<FakeState> = {}): FakeState {
  return {
    owner: "acme",
    repo: "blog",
    trees: {
      [BASE]: { ".postlint.yml": CONFIG, "posts/2026-10-01-old.md": OLD, "README.md": "# repo" },
      [HEAD]: { ".postlint.yml": CONFIG, "posts/2026-10-01-old.md": OLD, "posts/promo.md": PROMO, "posts/good.md": GOOD, "src/app.js": "x", "README.md": "# repo" },
    },
    pulls: { 7: { files: [{ filename: "posts/promo.md", status: "added" }, { filename: "posts/good.md", status: "added" }, { filename: "src/app.js", status: "modified" }, { filename: "posts/gone.md", status: "removed" }] } },
    comments: { 7: [{ id: 1, body: "Nice post!", user: { login: "alice", type: "User" } }] },
    ...overrides,
  };
}

const prPayload = { action: "synchronize", number: 7, pull_request: { number: 7, base: { sha: BASE, ref: "main" }, head: { sha: HEAD, ref: "feature", repo: { full_name: "acme/blog", fork: false } } }, repository: { full_name: "acme/blog", name: "blog", owner: { login: "acme" } } };

let gh: FakeGitHub | null = null;
afterEach(async () => {
  await gh?.stop();
  gh = null;
});

async function start(s: FakeState): Promise<FakeGitHub> {
  gh = new FakeGitHub(s);
  await gh.start();
  return gh;
}

describe("the bundled Action, end to end against a local GitHub API", () => {
  it("reviews the pull request's posts, comments once, annotates, writes outputs and summary, and fails on the promotional post", async () => {
    const api = await start(state());
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD });
    expect(r.stderr).toBe("");
    // One comment with both files, the promotional one flagged.
    const posts = api.requests.filter((q) => q.method === "POST");
    expect(posts).toHaveLength(1);
    const body = String((posts[0]?.body as { body: string }).body);
    expect(body).toContain("<!-- postlint:sticky-comment -->");
    expect(body).toMatch(/\| posts\/promo\.md \| ❌ fail \|.*\(promotional\)/);
    expect(body).toMatch(/\| posts\/good\.md \| ✅ pass \|/);
    expect(body).toContain(`https://github.com/acme/blog/blob/${HEAD}/posts/promo.md#L9`);
    // Annotations on the right lines of the right file.
    expect(r.stdout).toMatch(/::warning title=postlint promotion\/promotional-post,file=posts\/promo\.md,line=7,.*::Promotional post: 4 of 4 sentences sell/);
    expect(r.stdout).toMatch(/::warning title=postlint writing\/exclamation,file=posts\/promo\.md,line=9,endLine=9,col=36,endColumn=39::/);
    expect(r.stdout).not.toMatch(/file=posts\/good\.md/);
    expect(r.stdout).not.toMatch(/src\/app\.js/);
    // Outputs and summary.
    expect(r.outputs).toMatchObject({ verdict: "fail", files: "2" });
    expect(r.outputs.errors).toBe("0");
    expect(Number(r.outputs.warnings)).toBeGreaterThan(3);
    expect(r.outputs.report).toMatch(/postlint-report\.json$/);
    expect(r.summary).toMatch(/## postlint review/);
    // The base commit's other post was read as history.
    expect(api.requests.some((q) => q.path.startsWith(`/repos/acme/blog/contents/posts%2F2026-10-01-old.md?ref=${BASE}`) || q.path.startsWith(`/repos/acme/blog/contents/posts/2026-10-01-old.md?ref=${BASE}`))).toBe(true);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::postlint: 1 file\(s\) fail/);
  });

  it("updates the same comment on the next run instead of adding one", async () => {
    const s = state();
    const api = await start(s);
    await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD });
    const firstId = s.comments[7]?.find((c) => c.body.includes("postlint"))?.id;
    // The author fixes the promotional post: other findings, same comment.
    (s.trees[HEAD] as Record<string, string>)["posts/promo.md"] = GOOD.replace("Know your audience", "Know your readers");
    api.requests.length = 0;
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD });
    expect(api.requests.filter((q) => q.method === "POST")).toHaveLength(0);
    const patches = api.requests.filter((q) => q.method === "PATCH");
    expect(patches.map((q) => q.path)).toEqual([`/repos/acme/blog/issues/comments/${firstId}`]);
    expect(s.comments[7]?.filter((c) => c.body.includes("postlint:sticky-comment"))).toHaveLength(1);
    expect(s.comments[7]?.find((c) => c.id === firstId)?.body).not.toMatch(/❌ fail/);
    expect(r.outputs.verdict).not.toBe("fail");
  });

  it("posts nothing with comment: off", async () => {
    const api = await start(state());
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD, inputs: { comment: "off", "fail-on": "never" } });
    expect(api.requests.filter((q) => q.method !== "GET")).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toBe("fail");
  });

  it("on a fork's read-only token (403 on comment), still annotates and summarises, and does not fail for the comment", async () => {
    const api = await start(state({ forbidComments: true }));
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD, inputs: { "fail-on": "never" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::Cannot comment on the pull request: the token may not do this \(403\)/);
    expect(r.stdout).toMatch(/::warning title=[^,]+,file=posts\/promo\.md/);
    expect(r.summary).toMatch(/postlint review/);
  });

  it("retries a 5xx and then succeeds", async () => {
    const api = await start(state({ faults: [{ method: "GET", prefix: "/repos/acme/blog/pulls/7/files", status: 502, times: 2 }] }));
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD, inputs: { "fail-on": "never" } });
    expect(api.requests.filter((q) => q.path.startsWith("/repos/acme/blog/pulls/7/files")).length).toBeGreaterThanOrEqual(3);
    expect(r.stdout).toMatch(/answered 502; retrying/);
    expect(r.outputs.files).toBe("2");
    expect(r.code).toBe(0);
  });

  it("follows pagination on a pull request with more than 100 files", async () => {
    const s = state();
    const head = s.trees[HEAD] as Record<string, string>;
    const files = [];
    for (let i = 0; i < 130; i++) {
      const path = `notes/n${String(i).padStart(3, "0")}.txt`;
      head[path] = "x";
      files.push({ filename: path, status: "added" });
    }
    files.push({ filename: "posts/good.md", status: "added" });
    s.pulls[7] = { files };
    const api = await start(s);
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD });
    const pages = api.requests.filter((q) => q.path.startsWith("/repos/acme/blog/pulls/7/files")).map((q) => new URL(q.path, "http://x").searchParams.get("page") ?? "1");
    expect(pages).toEqual(["1", "2"]);
    // The .md on page 2 was found and reviewed; .txt files are outside the default paths.
    expect(r.outputs.files).toBe("1");
    expect(r.code).toBe(0);
  });

  it("annotates an invalid config on its line and fails with a clear message", async () => {
    const s = state();
    (s.trees[HEAD] as Record<string, string>)[".postlint.yml"] = "channel: blog\nthresholds:\n  fail: high\n";
    const api = await start(s);
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD });
    expect(r.stdout).toMatch(/::error title=postlint%3A invalid config,file=\.postlint\.yml,line=3,col=3::thresholds\.fail: expected number, found string \\?"high\\?"/);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("explains a bad token (401) without a stack trace", async () => {
    const api = await start(state());
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD, inputs: { "github-token": "wrong" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*GitHub refused the token \(401\)/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reviews every content file on workflow_dispatch, without commenting", async () => {
    const api = await start(state());
    const r = await runAction({ apiUrl: api.url, event: "workflow_dispatch", payload: {}, sha: HEAD, inputs: { "fail-on": "never" } });
    expect(r.outputs.files).toBe("4");
    expect(api.requests.filter((q) => q.method !== "GET")).toEqual([]);
  });

  it("reviews the files a push changed", async () => {
    const api = await start(state());
    const r = await runAction({ apiUrl: api.url, event: "push", payload: { before: BASE, after: HEAD }, sha: HEAD, inputs: { "fail-on": "never" } });
    expect(api.requests.some((q) => q.path.startsWith(`/repos/acme/blog/compare/${BASE}...${HEAD}`))).toBe(true);
    expect(r.outputs.files).toBe("2");
  });

  it("skips a binary file with a notice and reviews the others", async () => {
    const s = state();
    (s.trees[HEAD] as Record<string, string>)["posts/image.md"] = "\u0089PNG\u0000\u0000binary";
    (s.pulls[7] as { files: Array<{ filename: string; status: string }> }).files.push({ filename: "posts/image.md", status: "added" });
    const api = await start(s);
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD, inputs: { "fail-on": "never" } });
    expect(r.stdout).toMatch(/::notice file=posts\/image\.md::posts\/image\.md: skipped \(binary file/);
    expect(r.outputs.files).toBe("2");
    expect(r.code).toBe(0);
  });

  it("fails clearly without a token", async () => {
    const api = await start(state());
    const r = await runAction({ apiUrl: api.url, event: "pull_request", payload: prPayload, sha: HEAD, inputs: { "github-token": "" } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input "github-token" is empty/);
    expect(api.requests).toEqual([]);
  });
});
