import { Hono } from "hono";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import { authenticate } from "./auth.js";
import { readBody } from "./body.js";
import type { AppEnv } from "./env.js";
import { ApiError, send } from "./errors.js";
import { openApiDocument } from "./openapi.js";
import { accountRoutes } from "./routes/accounts.js";
import { reviewRoutes } from "./routes/review.js";

import { preloadLanguageData, warmUp } from "../checks/index.js";

export { AccountStore } from "./account-store.js";

// Parse the dictionaries and compile the rules' patterns at start-up (1 s allowed) rather than in the
// first requests (10 ms of CPU each on the free plan): a first review costs tens of times a later one.
preloadLanguageData();
warmUp();

/** Known paths and their methods: anything else on them is a 405 with `Allow`. */
const METHODS: Array<[string, string[]]> = [
  ["/v1/review", ["POST"]],
  ["/v1/review/batch", ["POST"]],
  ["/v1/accounts/:account/config", ["GET", "PUT"]],
  ["/v1/accounts/:account/history", ["GET"]],
  ["/v1/accounts/:account/history/:postId", ["DELETE"]],
  ["/v1/accounts/:account/published", ["POST"]],
  ["/v1/accounts/:account", ["DELETE"]],
  ["/healthz", ["GET"]],
  ["/openapi.json", ["GET"]],
];

export function buildApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use("*", async (c, next) => {
    const allowed = (c.env.CORS_ORIGINS ?? "").split(",").map((o) => o.trim()).filter(Boolean);
    return cors({
      origin: (origin) => (allowed.includes("*") ? "*" : allowed.includes(origin) ? origin : null),
      allowHeaders: ["Authorization", "Content-Type", "X-Postlint-Signature"],
      allowMethods: ["GET", "POST", "PUT", "DELETE", "OPTIONS"],
      maxAge: 600,
    })(c, next);
  });

  app.get("/healthz", (c) => c.json({ ok: true }));
  app.get("/openapi.json", (c) => c.json(openApiDocument()));

  app.use("/v1/*", readBody, authenticate, async (c, next) => {
    if (c.env.RATE_LIMITER) {
      const { success } = await c.env.RATE_LIMITER.limit({ key: c.get("keyId") });
      if (!success) throw new ApiError(429, "rate_limited", "Too many requests for this key; retry in a minute.", undefined, { "Retry-After": "60" });
    }
    await next();
  });
  app.route("/v1", reviewRoutes);
  app.route("/v1/accounts", accountRoutes);

  for (const [path, methods] of METHODS) {
    app.all(path, (c) => {
      if (methods.includes(c.req.method)) return c.notFound();
      return send(c, new ApiError(405, "method_not_allowed", `${c.req.method} is not allowed on ${path}; use ${methods.join(", ")}.`, undefined, { Allow: methods.join(", ") }));
    });
  }

  app.notFound((c) => c.json({ error: { code: "not_found", message: `No route for ${c.req.method} ${new URL(c.req.url).pathname}.` } }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return send(c, err);
    if (err instanceof HTTPException) return err.getResponse();
    // A bug: log what it is, never the request's content or key.
    console.error(`postlint worker error: ${err.name}: ${err.message.slice(0, 200)}`);
    return c.json({ error: { code: "internal_error", message: "Something went wrong on our side; the request was not recorded." } }, 500);
  });
  return app;
}

const app = buildApp();
export default app;
