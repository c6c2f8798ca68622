import { Hono, type Context } from "hono";
import { ConfigError } from "../../checks/index.js";
import type { StoreResult } from "../account-store.js";
import { assertAccount } from "../auth.js";
import { parseJson, requireJson } from "../body.js";
import type { AppEnv } from "../env.js";
import { ApiError, fromConfigError, fromZod } from "../errors.js";
import { accountId, postizBodySchema, publishedGenericSchema } from "../schemas.js";

export const accountRoutes = new Hono<AppEnv>();

function store(c: Context<AppEnv>) {
  const account = c.req.param("account") ?? "";
  const valid = accountId.safeParse(account);
  if (!valid.success) throw fromZod(valid.error, account, "account");
  assertAccount(c.get("accounts"), account);
  return { account, stub: c.env.ACCOUNTS.get(c.env.ACCOUNTS.idFromName(account)) };
}

accountRoutes.get("/:account/config", async (c) => {
  const { account, stub } = store(c);
  const config = await stub.getConfig();
  if (!config) throw new ApiError(404, "not_found", `Account "${account}" has no stored config.`);
  return c.json({ account, config });
});

accountRoutes.put("/:account/config", async (c) => {
  requireJson(c.req.header("content-type"));
  const { account, stub } = store(c);
  const json = parseJson(c.get("rawBody"));
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new ApiError(400, "invalid_config", "The config must be a JSON object (the .postlint.yml schema).", [{ path: "config", message: "expected object", expected: "object", received: Array.isArray(json) ? "array" : typeof json }]);
  }
  const result = (await stub.putConfig(json as Record<string, unknown>)) as unknown as StoreResult<Record<string, unknown>>;
  if (!result.ok) throw fromConfigError(new ConfigError(result.configError));
  return c.json({ account, config: result.value });
});

accountRoutes.get("/:account/history", async (c) => {
  const { account, stub } = store(c);
  const limit = Math.min(500, Math.max(1, Number(c.req.query("limit") ?? 500) || 500));
  const entries = await stub.history(limit);
  return c.json({ account, count: entries.length, posts: entries.map(({ signature: _s, ...e }) => e) });
});

accountRoutes.delete("/:account/history/:postId", async (c) => {
  const { account, stub } = store(c);
  const postId = c.req.param("postId");
  if (!(await stub.deletePost(postId))) throw new ApiError(404, "not_found", `Account "${account}" has no post "${postId}".`);
  return c.json({ account, deleted: postId });
});

accountRoutes.delete("/:account", async (c) => {
  const { account, stub } = store(c);
  await stub.erase();
  return c.json({ account, erased: true });
});

/**
 * Records posts that went out. Accepts the generic `{ posts: [...] }` shape or
 * Postiz's webhook body (an array of its posts; only state PUBLISHED counts).
 */
accountRoutes.post("/:account/published", async (c) => {
  requireJson(c.req.header("content-type"));
  const { account, stub } = store(c);
  const json = parseJson(c.get("rawBody"));
  let posts: Array<{ postId: string; content: string; publishedAt: string; channel?: string; format?: "html" | "text" | "markdown" | "mdx" }>;
  let ignored = 0;
  if (Array.isArray(json)) {
    const parsed = postizBodySchema.safeParse(json);
    if (!parsed.success) throw fromZod(parsed.error, json);
    const published = parsed.data.filter((p) => p.state === "PUBLISHED" && !Number.isNaN(Date.parse(p.publishDate)));
    ignored = parsed.data.length - published.length;
    // Postiz stores post content as HTML.
    posts = published.map((p) => {
      const channel = p.integration?.providerIdentifier ? channelOf(p.integration.providerIdentifier) : undefined;
      return { postId: `postiz:${p.id}`, content: p.content, publishedAt: new Date(p.publishDate).toISOString(), format: "html" as const, ...(channel ? { channel } : {}) };
    });
  } else {
    const parsed = publishedGenericSchema.safeParse(json);
    if (!parsed.success) throw fromZod(parsed.error, json);
    posts = parsed.data.posts;
  }
  const recorded = await stub.recordPublished(posts, new Date().toISOString());
  return c.json({ account, recorded, ignored });
});

/** Postiz provider identifiers to our channels ("x", "linkedin", "linkedin-page", "instagram-standalone"…). */
function channelOf(provider: string): string | undefined {
  const p = provider.toLowerCase();
  if (p === "x" || p === "twitter") return "x";
  for (const c of ["linkedin", "instagram", "facebook", "threads", "bluesky", "mastodon"]) if (p.startsWith(c)) return c;
  return undefined;
}
