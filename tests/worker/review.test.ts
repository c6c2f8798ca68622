import { describe, expect, it } from "vitest";
import { call, GOOD_EN, json, PROMO_EN, PROMO_FR } from "./helpers.js";

describe("POST /v1/review", () => {
  it("reviews a JSON post and answers a flat pass/verdict", async () => {
    const res = await call("/v1/review", { method: "POST", json: { content: GOOD_EN, format: "text", lang: "en", config: { audience: { topics: ["customers", "questions"] } } } });
    expect(res.status).toBe(200);
    const body = await json<{ pass: boolean; verdict: string; score: number; checks: { relevance: { score: number } }; findings: unknown[] }>(res);
    expect(body.pass).toBe(true);
    expect(body.verdict).toBe("pass");
    expect(body.checks.relevance.score).toBeGreaterThan(40);
    expect(Object.keys(body).slice(0, 3)).toEqual(["pass", "verdict", "score"]);
  });

  it("reviews a raw text/markdown body with query parameters (curl --data-binary)", async () => {
    const res = await call("/v1/review?channel=x&lang=fr", { method: "POST", headers: { "content-type": "text/markdown" }, body: `# Offre\n\n${PROMO_FR}` });
    expect(res.status).toBe(200);
    const body = await json<{ channel: string; language: { code: string }; checks: { selfPromotion: { promotional: boolean } } }>(res);
    expect(body.channel).toBe("x");
    expect(body.language.code).toBe("fr");
    expect(body.checks.selfPromotion.promotional).toBe(true);
  });

  it("reviews HTML as schedulers send it", async () => {
    const res = await call("/v1/review?lang=en", { method: "POST", headers: { "content-type": "text/html" }, body: `<p>${PROMO_EN}</p>` });
    expect(res.status).toBe(200);
    expect((await json<{ format: string }>(res)).format).toBe("html");
  });

  it("fails a post over the channel's limit (error finding, pass false)", async () => {
    const res = await call("/v1/review", { method: "POST", json: { content: GOOD_EN.repeat(4), format: "text", channel: "x", lang: "en" } });
    const body = await json<{ pass: boolean; findings: Array<{ ruleId: string; severity: string }> }>(res);
    expect(body.pass).toBe(false);
    expect(body.findings.find((f) => f.ruleId === "channel/too-long")?.severity).toBe("error");
  });
});

describe("bad input gets a 4xx with the field, what was expected and what was received", () => {
  it("400 on malformed JSON", async () => {
    const res = await call("/v1/review", { method: "POST", headers: { "content-type": "application/json" }, body: "{ nope" });
    expect(res.status).toBe(400);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("invalid_json");
  });
  it("400 on a wrong type, with path/expected/received", async () => {
    const res = await call("/v1/review", { method: "POST", json: { content: 42 } });
    expect(res.status).toBe(400);
    const body = await json<{ error: { code: string; issues: Array<{ path: string; expected: string; received: string }> } }>(res);
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues[0]).toMatchObject({ path: "content", expected: "string", received: "number" });
  });
  it("400 on an unknown field", async () => {
    const res = await call("/v1/review", { method: "POST", json: { content: "x", colour: "red" } });
    expect(res.status).toBe(400);
    expect((await json<{ error: { issues: Array<{ path: string }> } }>(res)).error.issues[0]?.path).toBe("colour");
  });
  it("400 on an invalid config, with the config path", async () => {
    const res = await call("/v1/review", { method: "POST", json: { content: "x", config: { selfPromotion: { maxShare: 2 } } } });
    expect(res.status).toBe(400);
    const body = await json<{ error: { code: string; issues: Array<{ path: string }> } }>(res);
    expect(body.error.code).toBe("invalid_config");
    expect(body.error.issues[0]?.path).toBe("config.selfPromotion.maxShare");
  });
  it("400 on an empty raw body and on a bad query parameter", async () => {
    expect((await call("/v1/review", { method: "POST", headers: { "content-type": "text/plain" }, body: "  " })).status).toBe(400);
    const res = await call("/v1/review?channel=tiktok", { method: "POST", headers: { "content-type": "text/plain" }, body: "Bonjour" });
    expect(res.status).toBe(400);
    expect((await json<{ error: { issues: Array<{ path: string }> } }>(res)).error.issues[0]?.path).toBe("query.channel");
  });
  it("415 on another content type", async () => {
    const res = await call("/v1/review", { method: "POST", headers: { "content-type": "application/xml" }, body: "<post/>" });
    expect(res.status).toBe(415);
  });
  it("413 over 256 KiB", async () => {
    const res = await call("/v1/review", { method: "POST", headers: { "content-type": "text/plain" }, body: "a".repeat(256 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect((await json<{ error: { code: string } }>(res)).error.code).toBe("payload_too_large");
  });
  it("404 JSON on an unknown route, 405 with Allow on a wrong method", async () => {
    const nf = await call("/v1/nope");
    expect(nf.status).toBe(404);
    expect((await json<{ error: { code: string } }>(nf)).error.code).toBe("not_found");
    const na = await call("/v1/review", { method: "GET" });
    expect(na.status).toBe(405);
    expect(na.headers.get("allow")).toBe("POST");
  });
});

describe("batch", () => {
  it("400 over 50 posts", async () => {
    const posts = Array.from({ length: 51 }, () => ({ content: GOOD_EN }));
    const res = await call("/v1/review/batch", { method: "POST", json: { posts } });
    expect(res.status).toBe(400);
    expect((await json<{ error: { message: string } }>(res)).error.message).toMatch(/at most 50 posts/);
  });
});

describe("health and OpenAPI", () => {
  it("answers /healthz without a key", async () => {
    expect((await call("/healthz", { key: null })).status).toBe(200);
  });
  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const doc = await json<{ openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }>(await call("/openapi.json", { key: null }));
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/review", "/v1/review/batch", "/v1/accounts/{account}/published"]));
    expect(Object.keys(doc.components.schemas.ReviewRequest?.properties ?? {})).toEqual(expect.arrayContaining(["content", "account", "postId", "scheduledAt", "config"]));
  });
  it("answers CORS preflights for configured origins only", async () => {
    const ok = await call("/v1/review", { method: "OPTIONS", key: null, headers: { origin: "https://app.example", "access-control-request-method": "POST" } });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://app.example");
    const no = await call("/v1/review", { method: "OPTIONS", key: null, headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(no.headers.get("access-control-allow-origin")).toBeNull();
  });
});
