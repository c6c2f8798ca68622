/**
 * Runs the committed dist/action/index.js as the runner does: a child `node`
 * process with the runner's environment variables and files (event payload,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP) and INPUT_* variables.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ACTION = new URL("../../dist/action/index.js", import.meta.url).pathname;

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(opts: {
  apiUrl: string;
  event: string;
  payload: unknown;
  sha: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), "postlint-action-"));
  const eventPath = join(dir, "event.json");
  const outputPath = join(dir, "output.txt");
  const summaryPath = join(dir, "summary.md");
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const inputs = { "github-token": "test-token", config: ".postlint.yml", paths: "**/*.md\n**/*.mdx", "fail-on": "error", comment: "sticky", annotations: "true", ...opts.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: dir,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: "acme/blog",
    GITHUB_SHA: opts.sha,
    GITHUB_REF: "refs/pull/7/merge",
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_WORKSPACE: join(dir, "workspace-not-checked-out"),
    RUNNER_TEMP: dir,
    POSTLINT_RETRY_BASE_MS: "5",
    ...opts.env,
  };
  // The runner turns each input into INPUT_<NAME> (upper case, spaces to underscores, hyphens kept).
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  const child = spawn(process.execPath, [ACTION], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((resolve) => child.on("close", (c) => resolve(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputPath, "utf8")), summary: readFileSync(summaryPath, "utf8") };
}

/** GITHUB_OUTPUT's `name<<DELIMITER\nvalue\nDELIMITER` format. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out[m[1] as string] = m[3] as string;
  return out;
}
