import { Hono, type Context } from "hono";
import { ConfigError, review, ruleIds, validateConfig } from "../../checks/index.js";
import { assertAccount } from "../auth.js";
import { mediaType, parseJson } from "../body.js";
import type { AppEnv } from "../env.js";
import { ApiError, fromConfigError, fromZod } from "../errors.js";
import { present } from "../present.js";
import type { ReviewOutcome, StoreResult } from "../account-store.js";
import { batchBodySchema, rawQuerySchema, reviewBodySchema, type ReviewItem } from "../schemas.js";

const RAW_FORMATS: Record<string, ReviewItem["format"]> = { "text/markdown": "markdown", "text/x-markdown": "markdown", "text/plain": "text", "text/html": "html" };

export const reviewRoutes = new Hono<AppEnv>();

async function reviewItems(c: Context<AppEnv>, items: ReviewItem[], account: string | undefined, config: Record<string, unknown> | undefined) {
  const now = new Date().toISOString();
  if (!account) {
    let cfg;
    try {
      cfg = validateConfig(config ?? {}, undefined, ruleIds);
    } catch (err) {
      if (err instanceof ConfigError) throw fromConfigError(err);
      throw err;
    }
    return items.map((item, i) => ({
      report: review(item.title ? `# ${item.title}\n\n${item.content}` : item.content, {
        format: item.format ?? "markdown",
        config: cfg,
        id: item.postId ?? `draft-${i}`,
        date: item.scheduledAt ? new Date(item.scheduledAt).toISOString() : now,
        ...(item.lang ? { lang: item.lang } : {}),
        ...(item.channel ? { channel: item.channel } : {}),
      }),
      recorded: false,
    }));
  }
  assertAccount(c.get("accounts"), account);
  const stub = c.env.ACCOUNTS.get(c.env.ACCOUNTS.idFromName(account));
  // RPC results lose tuple types on the way (readonly number[] for ranges); the shape is the engine's.
  const result = (await stub.reviewPosts(items, config, now)) as unknown as StoreResult<ReviewOutcome[]>;
  if (!result.ok) throw fromConfigError(new ConfigError(result.configError));
  return result.value;
}

reviewRoutes.post("/review", async (c) => {
  const type = mediaType(c.req.header("content-type"));
  let body;
  if (type === "application/json") {
    const json = parseJson(c.get("rawBody"));
    const parsed = reviewBodySchema.safeParse(json);
    if (!parsed.success) throw fromZod(parsed.error, json);
    body = parsed.data;
  } else if (RAW_FORMATS[type]) {
    const query = c.req.query();
    const parsed = rawQuerySchema.safeParse(query);
    if (!parsed.success) throw fromZod(parsed.error, query, "query");
    const raw = c.get("rawBody");
    if (raw.trim() === "") throw new ApiError(400, "invalid_request", "The body is empty: send the post's text.", [{ path: "body", message: "must not be empty", expected: "text", received: "nothing" }]);
    body = { ...parsed.data, content: raw, format: parsed.data.format ?? RAW_FORMATS[type] };
  } else {
    throw new ApiError(415, "unsupported_media_type", "Send application/json, text/markdown, text/plain or text/html.");
  }
  const { account, config, ...item } = body;
  const [outcome] = await reviewItems(c, [item], account, config);
  if (!outcome) throw new Error("no review outcome");
  return c.json(present(outcome.report, { account, recorded: outcome.recorded }));
});

reviewRoutes.post("/review/batch", async (c) => {
  if (mediaType(c.req.header("content-type")) !== "application/json") throw new ApiError(415, "unsupported_media_type", "Send the batch as application/json.");
  const json = parseJson(c.get("rawBody"));
  const parsed = batchBodySchema.safeParse(json);
  if (!parsed.success) throw fromZod(parsed.error, json);
  const { account, config, posts } = parsed.data;
  const outcomes = await reviewItems(c, posts, account, config);
  const results = outcomes.map((o) => present(o.report, { account, recorded: o.recorded }));
  return c.json({ pass: results.every((r) => r.pass), count: results.length, results });
});
