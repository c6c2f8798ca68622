import { defineConfig } from "vitest/config";

// Two projects: the Node side (engine, CLI, Action) and the Worker side, which runs
// inside the real workerd runtime (see vitest.worker.config.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["tests/worker/**", "node_modules/**"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      "./vitest.worker.config.ts",
    ],
  },
});
