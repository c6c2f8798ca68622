import { describe, expect, it } from "vitest";
import { review, formatMarkdown, GITHUB_COMMENT_LIMIT } from "../../src/checks/index.js";
import { findStickyComment, MARKER, renderComment } from "../../src/action/comment.js";
import { selectAnnotations } from "../../src/action/annotations.js";
import { isRetryable, withRetry } from "../../src/action/retry.js";

const promo = review("Save 40% with code FALL40 today only!!! BUY NOW at our shop.", { path: "posts/promo.md", lang: "en" });
const good = review("Know who you write for. Answer the questions your readers ask.", { path: "posts/good.md", lang: "en" });

describe("sticky comment", () => {
  it("finds the Action's previous comment by its hidden marker (the latest one)", () => {
    const comments = [
      { id: 1, body: "LGTM" },
      { id: 2, body: `${MARKER}\nold` },
      { id: 3, body: null },
      { id: 4, body: `${MARKER}\nnewer` },
    ];
    expect(findStickyComment(comments)?.id).toBe(4);
    expect(findStickyComment([{ id: 1, body: "postlint said" }])).toBeUndefined();
  });
  it("renders a table with both files, the promotional one flagged, and links to lines at the head commit", () => {
    const body = renderComment([promo, good], { serverUrl: "https://github.com", repository: "o/r", sha: "abc123", notes: [] });
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toMatch(/\| posts\/promo\.md \| (?:⚠️ warn|❌ fail) \| \d+ \| – \| \d+ \(promotional\) \|/);
    expect(body).toMatch(/\| posts\/good\.md \| ✅ pass \|/);
    expect(body).toContain("https://github.com/o/r/blob/abc123/posts/promo.md#L1");
  });
  it("says briefly when everything passes", () => {
    expect(formatMarkdown([good])).toMatch(/✅ 1 file\(s\) reviewed: all pass/);
  });
  it("stays under GitHub's comment limit and says what was cut", () => {
    const many = Array.from({ length: 400 }, (_, i) => review("BUY NOW!!! Save 50% with code X. ".repeat(20), { path: `posts/p${i}.md`, lang: "en" }));
    const body = formatMarkdown(many, { header: MARKER });
    expect(body.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(body).toMatch(/✂️ \d+ more finding\(s\) not shown/);
  });
});

describe("annotation selection", () => {
  it("keeps at most 10 per kind, errors first, and counts the rest", () => {
    const noisy = review("Broken XNUMX text. ".repeat(15) + "BUY NOW!!! ".repeat(15), { path: "a.md", lang: "en" });
    const { selected, omitted } = selectAnnotations([noisy]);
    expect(selected.filter((a) => a.kind === "error")).toHaveLength(10);
    expect(selected.filter((a) => a.kind === "warning").length).toBeLessThanOrEqual(10);
    expect(selected[0]?.kind).toBe("error");
    expect(omitted).toBeGreaterThan(0);
  });
});

describe("retry", () => {
  it("retries 5xx and secondary rate limits, not 4xx", async () => {
    expect(isRetryable({ status: 502 }).retry).toBe(true);
    expect(isRetryable({ status: 403, message: "You have exceeded a secondary rate limit" }).retry).toBe(true);
    expect(isRetryable({ status: 403, message: "Resource not accessible by integration" }).retry).toBe(false);
    expect(isRetryable({ status: 404 }).retry).toBe(false);
    let calls = 0;
    const logs: string[] = [];
    const value = await withRetry("x", async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error("boom"), { status: 503 });
      return "ok";
    }, (s) => logs.push(s), 1);
    expect(value).toBe("ok");
    expect(calls).toBe(3);
    expect(logs[0]).toMatch(/answered 503; retrying/);
  });
});
