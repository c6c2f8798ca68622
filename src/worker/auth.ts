import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";
import { ApiError } from "./errors.js";

const encoder = new TextEncoder();

async function sha256(data: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(data)));
}

/** Compares two byte strings in time that depends only on their length. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");

function parseKeys(raw: string | undefined): Array<[string, string[]]> {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    return Object.entries(parsed).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((a) => typeof a === "string"));
  } catch {
    return [];
  }
}

/** Signature tolerance: a signed request older than this is a replay. */
export const SIGNATURE_TOLERANCE_S = 300;

export async function sign(key: string, timestamp: number, body: string): Promise<string> {
  const k = await crypto.subtle.importKey("raw", encoder.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return hex(new Uint8Array(await crypto.subtle.sign("HMAC", k, encoder.encode(`${timestamp}.${body}`))));
}

/**
 * `Authorization: Bearer <key>`; keys come from the POSTLINT_KEYS secret, each
 * with the accounts it may touch. The key is compared by SHA-256 digest in
 * constant time. When `X-Postlint-Signature: t=<unix>,v1=<hex>` is present,
 * it must be the HMAC-SHA256 of "t.rawBody" with the same key, at most five
 * minutes old (webhook senders that can sign get integrity and replay protection).
 */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header("authorization") ?? "";
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  if (!m) throw new ApiError(401, "unauthorized", "Missing `Authorization: Bearer <key>` header.", undefined, { "WWW-Authenticate": 'Bearer realm="postlint"' });
  const given = await sha256(m[1] as string);
  let accounts: string[] | null = null;
  let key = "";
  for (const [k, acc] of parseKeys(c.env.POSTLINT_KEYS)) {
    // Every key is compared, so the time does not tell which one nearly matched.
    if (constantTimeEqual(given, await sha256(k)) && accounts === null) {
      accounts = acc;
      key = k;
    }
  }
  if (accounts === null) throw new ApiError(401, "unauthorized", "Unknown API key.", undefined, { "WWW-Authenticate": 'Bearer realm="postlint"' });
  const signature = c.req.header("x-postlint-signature");
  if (signature !== undefined) {
    const parts = Object.fromEntries(signature.split(",").map((p) => p.trim().split("=") as [string, string]));
    const t = Number(parts.t);
    if (!Number.isInteger(t) || !parts.v1) throw new ApiError(401, "bad_signature", "X-Postlint-Signature must be `t=<unix seconds>,v1=<hex HMAC-SHA256>`.");
    if (Math.abs(Date.now() / 1000 - t) > SIGNATURE_TOLERANCE_S) throw new ApiError(401, "signature_expired", "The signature is more than five minutes old (or from the future): refused as a possible replay.");
    const expected = encoder.encode(await sign(key, t, c.get("rawBody") ?? ""));
    if (!constantTimeEqual(expected, encoder.encode(parts.v1.toLowerCase()))) throw new ApiError(401, "bad_signature", "The signature does not match the body.");
  }
  c.set("accounts", accounts);
  c.set("keyId", hex(given).slice(0, 16));
  await next();
};

export function assertAccount(accounts: readonly string[], account: string): void {
  if (!accounts.includes("*") && !accounts.includes(account)) {
    throw new ApiError(403, "forbidden", `This key may not access account "${account}".`);
  }
}
