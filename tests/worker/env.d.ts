import type { Env as WorkerEnv } from "../../src/worker/env.js";

// The test runtime's `env` is the Worker's own.
declare global {
  namespace Cloudflare {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging needs the interface form
    interface Env extends WorkerEnv {}
  }
}
export {};
