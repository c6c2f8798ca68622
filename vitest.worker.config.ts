import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

/**
 * Worker tests run inside the real workerd runtime (miniflare), with the real
 * SQLite-backed Durable Object and the bindings of wrangler.toml; only the
 * secret keys are test values.
 */
export const TEST_KEYS = {
  "key-all": ["*"],
  "key-a": ["acct-a"],
  "key-b": ["acct-b"],
  "key-ratelimit": ["*"],
};

export default defineConfig({
  plugins: [
    cloudflareTest({
      main: "./src/worker/index.ts",
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: { bindings: { POSTLINT_KEYS: JSON.stringify(TEST_KEYS), CORS_ORIGINS: "https://app.example,https://other.example" } },
    }),
  ],
  test: {
    name: "worker",
    include: ["tests/worker/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
