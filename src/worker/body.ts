import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";
import { ApiError } from "./errors.js";

export const MAX_BODY_BYTES = 256 * 1024;

/** Reads the body once, refusing it over 256 KiB before and after reading (a lying Content-Length included). */
export const readBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "POST" || c.req.method === "PUT" || c.req.method === "PATCH") {
    const declared = Number(c.req.header("content-length") ?? 0);
    if (declared > MAX_BODY_BYTES) throw new ApiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
    const raw = await c.req.text();
    if (new TextEncoder().encode(raw).length > MAX_BODY_BYTES) throw new ApiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
    c.set("rawBody", raw);
  } else c.set("rawBody", "");
  await next();
};

export function mediaType(header: string | undefined): string {
  return (header ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw new ApiError(400, "invalid_json", `The body is not valid JSON: ${(err as Error).message}`);
  }
}

export function requireJson(header: string | undefined): void {
  if (mediaType(header) !== "application/json") throw new ApiError(415, "unsupported_media_type", "Send the body as application/json.");
}
