import type { AccountStore } from "./account-store.js";

/** Bindings declared in wrangler.toml, plus the secrets set with `wrangler secret put`. */
export interface Env {
  ACCOUNTS: DurableObjectNamespace<AccountStore>;
  RATE_LIMITER?: RateLimit;
  /** JSON: `{ "<key>": ["account", …] }`, `"*"` for every account. A secret. */
  POSTLINT_KEYS?: string;
  CORS_ORIGINS?: string;
  HISTORY_MAX_POSTS?: string;
  HISTORY_MAX_DAYS?: string;
}

export interface Variables {
  /** Accounts the caller's key may touch. */
  accounts: readonly string[];
  /** A short, non-reversible id of the caller's key (for rate limiting; never the key). */
  keyId: string;
  /** The raw request body, read once (signature checks and parsing use the same bytes). */
  rawBody: string;
}

export type AppEnv = { Bindings: Env; Variables: Variables };
