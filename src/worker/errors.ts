import type { Context } from "hono";
import type { z } from "zod";
import type { ConfigError } from "../checks/index.js";

export interface ApiIssue {
  path: string;
  message: string;
  expected?: string;
  received?: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: ApiIssue[] };
}

/** An error meant for the client: its status and body are sent as they are. */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429,
    readonly code: string,
    message: string,
    readonly issues?: ApiIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

const describe = (v: unknown): string => (v === undefined ? "nothing" : v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

export function fromZod(error: z.ZodError, input: unknown, prefix = ""): ApiError {
  const issues: ApiIssue[] = error.issues.map((i) => {
    let value: unknown = input;
    for (const k of i.path) value = value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[k] : undefined;
    const path = [prefix, ...i.path.map(String)].filter(Boolean).join(".");
    if (i.code === "unrecognized_keys") return { path: [path, ...i.keys].filter(Boolean).join("."), message: `unknown field "${i.keys.join('", "')}"`, expected: "a known field", received: i.keys.join(", ") };
    const expected = i.code === "invalid_type" ? i.expected : i.code === "invalid_value" ? i.values.map((v) => JSON.stringify(v)).join(" | ") : undefined;
    return { path, message: i.message, ...(expected ? { expected } : {}), received: describe(value) };
  });
  const first = issues[0];
  return new ApiError(400, "invalid_request", first ? `${first.path || "body"}: ${first.message}` : "invalid request", issues);
}

export function fromConfigError(err: ConfigError, prefix = "config"): ApiError {
  const issues = err.issues.map((i) => ({
    path: [prefix, i.path].filter(Boolean).join("."),
    message: i.message,
    ...(i.expected ? { expected: i.expected } : {}),
    ...(i.received ? { received: i.received } : {}),
  }));
  return new ApiError(400, "invalid_config", `${issues[0]?.path ?? prefix}: ${issues[0]?.message ?? "invalid config"}`, issues);
}

export function send(c: Context, err: ApiError): Response {
  return c.json(err.body(), err.status, err.headers);
}
