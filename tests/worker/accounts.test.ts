import { describe, expect, it } from "vitest";
import { env } from "cloudflare:workers";
import { runInDurableObject } from "cloudflare:test";
import { sign } from "../../src/worker/auth.js";
import { call, GOOD_EN, json, PROMO_EN } from "./helpers.js";

type Review = { pass: boolean; recorded: boolean; history: { window: number; promotionalShare: number | null; repeats: Array<{ id: string }> }; findings: Array<{ ruleId: string }>; checks: { selfPromotion: { promotional: boolean } } };

const review = (account: string, body: Record<string, unknown>, key = "key-all") =>
  call("/v1/review", { method: "POST", key, json: { account, format: "text", lang: "en", ...body } });
const history = async (account: string) => json<{ count: number; posts: Array<{ id: string; promotional: boolean; date: string }> }>(await call(`/v1/accounts/${account}/history`));

const USEFUL = [
  "Know who you write for before you plan a month of posts.",
  "Answer one question your customers asked last week in each post.",
  "Measure what your audience saves and shares, then keep those topics.",
  "Short paragraphs and one idea per post keep readers on a phone.",
  "Reply to every comment in the first hour: that is where trust starts.",
];

describe("auth", () => {
  it("401 without a key or with an unknown key", async () => {
    expect((await call("/v1/review", { method: "POST", key: null, json: { content: "x" } })).status).toBe(401);
    const res = await call("/v1/review", { method: "POST", key: "nope", json: { content: "x" } });
    expect(res.status).toBe(401);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("unauthorized");
  });
  it("403 when a key touches another account", async () => {
    expect((await review("acct-a", { content: GOOD_EN }, "key-a")).status).toBe(200);
    const res = await review("acct-b", { content: GOOD_EN }, "key-a");
    expect(res.status).toBe(403);
    expect((await call("/v1/accounts/acct-b/history", { key: "key-a" })).status).toBe(403);
    expect((await call("/v1/accounts/acct-b", { method: "DELETE", key: "key-a" })).status).toBe(403);
  });
});

describe("signed requests", () => {
  const body = JSON.stringify({ content: GOOD_EN, format: "text" });
  const send = (signature: string, raw = body) =>
    call("/v1/review", { method: "POST", key: "key-all", headers: { "content-type": "application/json", "x-postlint-signature": signature }, body: raw });
  it("accepts a valid signature", async () => {
    const t = Math.floor(Date.now() / 1000);
    expect((await send(`t=${t},v1=${await sign("key-all", t, body)}`)).status).toBe(200);
  });
  it("refuses a tampered body", async () => {
    const t = Math.floor(Date.now() / 1000);
    const res = await send(`t=${t},v1=${await sign("key-all", t, body)}`, body.replace("Know", "Nope"));
    expect(res.status).toBe(401);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("bad_signature");
  });
  it("refuses an expired signature (replay)", async () => {
    const t = Math.floor(Date.now() / 1000) - 301;
    const res = await send(`t=${t},v1=${await sign("key-all", t, body)}`);
    expect(res.status).toBe(401);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("signature_expired");
  });
});

describe("history", () => {
  it("records a reviewed post by postId, and re-reviewing it replaces it (idempotent)", async () => {
    const a = await json<Review>(await review("idem", { content: GOOD_EN, postId: "p1" }));
    expect(a.recorded).toBe(true);
    await review("idem", { content: PROMO_EN, postId: "p1" });
    const h = await history("idem");
    expect(h.count).toBe(1);
    expect(h.posts[0]).toMatchObject({ id: "p1", promotional: true });
    // Without a postId nothing is recorded.
    expect((await json<Review>(await review("idem", { content: GOOD_EN }))).recorded).toBe(false);
    expect((await history("idem")).count).toBe(1);
  });

  it("applies the frequency rule across requests", async () => {
    const t0 = Date.parse("2026-11-01T09:00:00Z");
    for (let i = 0; i < 4; i++) await review("freq", { content: USEFUL[i], postId: `u${i}`, scheduledAt: new Date(t0 + i * 86_400_000).toISOString() });
    const first = await json<Review>(await review("freq", { content: PROMO_EN, postId: "promo1", scheduledAt: new Date(t0 + 5 * 86_400_000).toISOString() }));
    expect(first.checks.selfPromotion.promotional).toBe(true);
    expect(first.history.promotionalShare).toBe(0.2);
    expect(first.findings.map((f) => f.ruleId)).not.toContain("promotion/frequency");
    const second = await json<Review>(await review("freq", { content: PROMO_EN.replace("FALL40", "WINTER50"), postId: "promo2", scheduledAt: new Date(t0 + 6 * 86_400_000).toISOString() }));
    expect(second.history.promotionalShare).toBeCloseTo(2 / 6, 2);
    expect(second.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["promotion/frequency", "promotion/repeated-post"]));
    expect(second.history.repeats[0]?.id).toBe("promo1");
  });

  it("applies the frequency rule inside a batch, in scheduledAt order", async () => {
    const posts = [
      { content: PROMO_EN, postId: "b3", scheduledAt: "2026-11-03T10:00:00Z" },
      { content: USEFUL[0], postId: "b1", scheduledAt: "2026-11-01T10:00:00Z" },
      { content: PROMO_EN.replace("FALL40", "X1"), postId: "b4", scheduledAt: "2026-11-04T10:00:00Z" },
      { content: USEFUL[1], postId: "b2", scheduledAt: "2026-11-02T10:00:00Z" },
    ];
    const res = await call("/v1/review/batch", { method: "POST", json: { account: "batch", posts: posts.map((p) => ({ ...p, format: "text", lang: "en" })) } });
    expect(res.status).toBe(200);
    const body = await json<{ pass: boolean; count: number; results: Review[] }>(res);
    expect(body.count).toBe(4);
    // Results come back in request order; b3 is the first promotional post (1 of 3), b4 the second (2 of 4).
    expect(body.results[0]?.history.promotionalShare).toBeCloseTo(1 / 3, 2);
    expect(body.results[2]?.history.promotionalShare).toBeCloseTo(2 / 4, 2);
    expect(body.results[2]?.findings.map((f) => f.ruleId)).toContain("promotion/frequency");
    expect((await history("batch")).count).toBe(4);
  });

  it("keeps a consistent history under 20 concurrent reviews for one account", async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => review("busy", { content: i % 2 ? PROMO_EN.replace("FALL40", `C${i}`) : `${USEFUL[i % 5]} (${i})`, postId: `c${i}`, scheduledAt: new Date(Date.parse("2026-11-01T00:00:00Z") + i * 3_600_000).toISOString() })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const h = await history("busy");
    expect(h.count).toBe(20);
    expect(new Set(h.posts.map((p) => p.id)).size).toBe(20);
    expect(h.posts.filter((p) => p.promotional)).toHaveLength(10);
  });

  it("deletes a cancelled post and erases an account", async () => {
    await review("gone", { content: GOOD_EN, postId: "x1" });
    await review("gone", { content: USEFUL[1], postId: "x2" });
    expect((await call("/v1/accounts/gone/history/x1", { method: "DELETE" })).status).toBe(200);
    expect((await call("/v1/accounts/gone/history/x1", { method: "DELETE" })).status).toBe(404);
    expect((await history("gone")).posts.map((p) => p.id)).toEqual(["x2"]);
    await call("/v1/accounts/gone/config", { method: "PUT", json: { channel: "x" } });
    expect((await call("/v1/accounts/gone", { method: "DELETE" })).status).toBe(200);
    expect((await history("gone")).count).toBe(0);
    expect((await call("/v1/accounts/gone/config")).status).toBe(404);
  });

  it("keeps at most 500 posts and 180 days", async () => {
    const id = env.ACCOUNTS.idFromName("retention");
    const stub = env.ACCOUNTS.get(id);
    const now = new Date().toISOString();
    const old = new Date(Date.now() - 200 * 86_400_000).toISOString();
    await stub.recordPublished([{ postId: "ancient", content: "Old news about content strategy.", publishedAt: old }], now);
    const posts = Array.from({ length: 510 }, (_, i) => ({ postId: `r${i}`, content: `Post number ${i} about your audience.`, publishedAt: new Date(Date.now() - i * 60_000).toISOString() }));
    await stub.recordPublished(posts, now);
    const count = await runInDurableObject(stub, (_instance, state) => state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM posts").one().n);
    expect(count).toBe(500);
    const ids = (await stub.history(600)).map((e) => e.id);
    expect(ids).not.toContain("ancient");
    expect(ids).toContain("r0");
    expect(ids).not.toContain("r509");
  });

  it("applies its migrations once, recorded by version", async () => {
    const stub = env.ACCOUNTS.get(env.ACCOUNTS.idFromName("migrations"));
    const versions = await runInDurableObject(stub, (_i, state) => state.storage.sql.exec<{ version: number }>("SELECT version FROM _migrations ORDER BY version").toArray().map((r) => r.version));
    expect(versions).toEqual([1, 2]);
  });
});

describe("account config", () => {
  it("stores a default config, validates it, and merges it under a request's config", async () => {
    const bad = await call("/v1/accounts/cfg/config", { method: "PUT", json: { channel: "tiktok" } });
    expect(bad.status).toBe(400);
    expect((await json<{ error: { issues: Array<{ path: string }> } }>(bad)).error.issues[0]?.path).toBe("config.channel");
    const put = await call("/v1/accounts/cfg/config", { method: "PUT", json: { channel: "x", audience: { topics: ["coffee"] } } });
    expect(put.status).toBe(200);
    expect((await json<{ config: { channel: string } }>(await call("/v1/accounts/cfg/config"))).config.channel).toBe("x");
    const r = await json<{ channel: string; checks: { relevance: { matchedTopics: string[] } } }>(await review("cfg", { content: "Our coffee guide, for you." }));
    expect(r.channel).toBe("x");
    expect(r.checks.relevance.matchedTopics).toEqual(["coffee"]);
    const over = await json<{ channel: string }>(await review("cfg", { content: "Our coffee guide.", config: { channel: "linkedin" } }));
    expect(over.channel).toBe("linkedin");
  });
});

describe("published posts", () => {
  it("records a generic list", async () => {
    const res = await call("/v1/accounts/pub/published", { method: "POST", json: { posts: [{ postId: "g1", content: PROMO_EN, publishedAt: "2026-11-10T10:00:00Z", channel: "linkedin" }] } });
    expect(await json(res)).toMatchObject({ recorded: 1, ignored: 0 });
    expect((await history("pub")).posts[0]).toMatchObject({ id: "g1", promotional: true });
  });
  it("ingests Postiz's webhook body, counting only PUBLISHED posts", async () => {
    const postiz = [
      { id: "cm1", content: "<p>Save 40% with code FALL40 today only! Sign up now.</p>", publishDate: "2026-11-12T09:00:00.000Z", state: "PUBLISHED", integration: { id: "i1", providerIdentifier: "linkedin-page", name: "Acme" }, group: "g" },
      { id: "cm2", content: "<p>Draft</p>", publishDate: "2026-11-13T09:00:00.000Z", state: "QUEUE", integration: { id: "i1", providerIdentifier: "x" } },
      { id: "cm3", content: "<p>Failed one</p>", publishDate: "2026-11-13T10:00:00.000Z", state: "ERROR", integration: { id: "i2", providerIdentifier: "x" } },
    ];
    const res = await call("/v1/accounts/postiz/published", { method: "POST", json: postiz });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ recorded: 1, ignored: 2 });
    const h = await history("postiz");
    expect(h.posts).toHaveLength(1);
    expect(h.posts[0]).toMatchObject({ id: "postiz:cm1", promotional: true, channel: "linkedin" });
  });
  it("400 on a malformed published body", async () => {
    const res = await call("/v1/accounts/pub/published", { method: "POST", json: { posts: [{ postId: "x" }] } });
    expect(res.status).toBe(400);
    expect((await json<{ error: { issues: Array<{ path: string }> } }>(res)).error.issues[0]?.path).toBe("posts.0.content");
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After past the key's limit", async () => {
    let limited: Response | null = null;
    // The limiter's 60-second window may turn over during the loop and reset the count once:
    // up to two and a half windows' worth of requests always reach the limit (120).
    for (let i = 0; i < 300 && !limited; i++) {
      const res = await call("/v1/accounts/rl/history", { key: "key-ratelimit" });
      if (res.status === 429) limited = res;
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get("retry-after")).toBe("60");
  });
});
