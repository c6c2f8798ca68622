// Builds everything that is committed under dist/:
//   dist/lib/index.js        the library (`import { review } from "postlint"`), platform-neutral ESM
//   dist/cli/postlint.js     the CLI bundle that bin/postlint.js loads
//   dist/action/index.js     the GitHub Action (action.yml `main`), one ESM file for node24
//   dist/types/              declarations of the library
// Deterministic: no timestamps, no absolute paths, so `git diff --exit-code dist` is a real staleness check.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

const only = process.argv[2]; // optional: lib | cli | action | types
const common = {
  bundle: true,
  format: "esm",
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
  charset: "utf8",
  sourcemap: false,
};
// Bundled CommonJS dependencies (some @actions/* transitive deps) call require(); ESM has none.
const requireBanner = {
  js: "import { createRequire as __postlintCreateRequire } from 'node:module'; const require = __postlintCreateRequire(import.meta.url);",
};

// The CLI and the Action load the engine from dist/lib/index.js instead of bundling a copy each:
// one copy of the engine (and its language data) in the repository, not three.
const engineFromLib = {
  name: "engine-from-lib",
  setup(b) {
    b.onResolve({ filter: /(^|\/)checks\/index\.js$/ }, (args) =>
      args.importer.includes("/src/checks/") ? undefined : { path: "../lib/index.js", external: true },
    );
  },
};

const jobs = {
  lib: () =>
    build({ ...common, entryPoints: ["src/checks/index.ts"], outfile: "dist/lib/index.js", platform: "neutral", mainFields: ["module", "main"] }),
  cli: () =>
    build({ ...common, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli/postlint.js", platform: "node", target: "node20", banner: requireBanner, plugins: [engineFromLib], define: { POSTLINT_VERSION: JSON.stringify(version) } }),
  action: () =>
    build({ ...common, entryPoints: ["src/action/index.ts"], outfile: "dist/action/index.js", platform: "node", target: "node20", banner: requireBanner, plugins: [engineFromLib] }),
  types: () => {
    rmSync("dist/types", { recursive: true, force: true });
    execFileSync(process.execPath, ["node_modules/typescript/bin/tsc", "-p", "tsconfig.lib.json"], { stdio: "inherit" });
  },
};

for (const [name, job] of Object.entries(jobs)) {
  if (only && only !== name) continue;
  await job();
}
