import { z } from "zod";
import { configJsonSchema } from "../checks/index.js";
import { batchBodySchema, publishedGenericSchema, postizBodySchema, reviewBodySchema } from "./schemas.js";

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
const error = { $ref: "#/components/schemas/Error" };
const errors = (...codes: number[]) =>
  Object.fromEntries(codes.map((code) => [String(code), { description: ERROR_TEXT[code] ?? "Error", content: { "application/json": { schema: error } } }]));
const ERROR_TEXT: Record<number, string> = {
  400: "Invalid request: `error.issues` lists each field with what was expected and received",
  401: "Missing or unknown key, or a bad or expired signature",
  403: "The key may not access this account",
  404: "Not found",
  413: "Body over 256 KiB",
  415: "Unsupported content type",
  429: "Rate limited; see Retry-After",
};
const bearer = [{ bearer: [] }];

/** OpenAPI 3.1, generated from the same zod schemas that validate requests. */
export function openApiDocument(): Record<string, unknown> {
  const account = { name: "account", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$" } };
  return {
    openapi: "3.1.0",
    info: { title: "postlint", version: "1", description: "Review a blog or social post before it is published. Branch on `pass`." },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: { type: "object", properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, issues: { type: "array", items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" }, expected: { type: "string" }, received: { type: "string" } } } } } } } },
        Config: configJsonSchema(),
        ReviewRequest: json(reviewBodySchema),
        BatchRequest: json(batchBodySchema),
        Review: { type: "object", required: ["pass", "verdict", "score", "checks", "findings"], description: "The engine's report (see Report in src/checks/report-types.ts) with `pass` first." },
      },
    },
    paths: {
      "/healthz": { get: { summary: "Liveness", responses: { "200": { description: "OK" } } } },
      "/v1/review": {
        post: {
          summary: "Review one post",
          security: bearer,
          parameters: ["account", "channel", "lang", "postId", "scheduledAt", "format"].map((name) => ({ name, in: "query", required: false, schema: { type: "string" }, description: "For raw text/markdown or text/plain bodies" })),
          requestBody: {
            required: true,
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/ReviewRequest" } },
              "text/markdown": { schema: { type: "string" } },
              "text/plain": { schema: { type: "string" } },
              "text/html": { schema: { type: "string" } },
            },
          },
          responses: { "200": { description: "The review", content: { "application/json": { schema: { $ref: "#/components/schemas/Review" } } } }, ...errors(400, 401, 403, 413, 415, 429) },
        },
      },
      "/v1/review/batch": {
        post: {
          summary: "Review up to 50 posts (a scheduler's queue), in scheduledAt order",
          security: bearer,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BatchRequest" } } } },
          responses: { "200": { description: "`{ pass, count, results: [Review] }`" }, ...errors(400, 401, 403, 413, 415, 429) },
        },
      },
      "/v1/accounts/{account}/config": {
        get: { summary: "The account's stored config", security: bearer, parameters: [account], responses: { "200": { description: "`{ account, config }`" }, ...errors(401, 403, 404) } },
        put: { summary: "Store the account's default config", security: bearer, parameters: [account], requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Config" } } } }, responses: { "200": { description: "Stored" }, ...errors(400, 401, 403, 413, 415) } },
      },
      "/v1/accounts/{account}/history": { get: { summary: "The account's recorded posts, newest first", security: bearer, parameters: [account], responses: { "200": { description: "`{ account, count, posts }`" }, ...errors(401, 403) } } },
      "/v1/accounts/{account}/history/{postId}": { delete: { summary: "Forget a cancelled post", security: bearer, parameters: [account, { name: "postId", in: "path", required: true, schema: { type: "string" } }], responses: { "200": { description: "Deleted" }, ...errors(401, 403, 404) } } },
      "/v1/accounts/{account}": { delete: { summary: "Erase everything of the account", security: bearer, parameters: [account], responses: { "200": { description: "Erased" }, ...errors(401, 403) } } },
      "/v1/accounts/{account}/published": {
        post: {
          summary: "Record posts that went out (generic list or Postiz webhook body)",
          security: bearer,
          parameters: [account],
          requestBody: { required: true, content: { "application/json": { schema: { oneOf: [json(publishedGenericSchema), json(postizBodySchema)] } } } },
          responses: { "200": { description: "`{ account, recorded, ignored }`" }, ...errors(400, 401, 403, 413, 415) },
        },
      },
    },
  };
}
