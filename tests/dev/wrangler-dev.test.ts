/**
 * End to end: `wrangler dev` (workerd from npm, offline) on a free loopback
 * port, called over real HTTP, then stopped.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const KEYS = JSON.stringify({ "e2e-key": ["e2e"] });
let child: ChildProcess | null = null;
let base = "";
let logs = "";

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const persist = mkdtempSync(join(tmpdir(), "postlint-wrangler-"));
  child = spawn(process.execPath, ["node_modules/wrangler/bin/wrangler.js", "dev", "--ip", "127.0.0.1", "--port", String(port), "--persist-to", persist, "--var", `POSTLINT_KEYS:${KEYS}`, "--show-interactive-dev-session=false"], {
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true", NO_COLOR: "1", WRANGLER_LOG_PATH: persist },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (logs += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (logs += d.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`wrangler dev did not start:\n${logs.slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    if (child.exitCode === null) child.kill("SIGKILL");
  }
});

describe("wrangler dev", () => {
  it("serves reviews over HTTP with history kept in the local Durable Object", async () => {
    const auth = { authorization: "Bearer e2e-key" };
    const md = "# Plan less, post better\n\nKnow who you write for. Answer one question your customers ask in each post.";
    const res = await fetch(`${base}/v1/review?account=e2e&postId=p1&lang=en`, { method: "POST", headers: { ...auth, "content-type": "text/markdown" }, body: md });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { pass: boolean; verdict: string; recorded: boolean };
    expect(body).toMatchObject({ pass: true, verdict: "pass", recorded: true });
    const h = (await (await fetch(`${base}/v1/accounts/e2e/history`, { headers: auth })).json()) as { count: number };
    expect(h.count).toBe(1);
    expect((await fetch(`${base}/v1/accounts/other/history`, { headers: auth })).status).toBe(403);
  });
});
