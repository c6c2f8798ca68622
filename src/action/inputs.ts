/**
 * The Action's inputs as a typed, validated object. Pure: takes the raw
 * strings `core.getInput` returns, so it is tested without the runner.
 */
export type FailOn = "error" | "warning" | "never";

export interface ActionInputs {
  token: string;
  config: string;
  paths: string[];
  failOn: FailOn;
  comment: "sticky" | "off";
  annotations: boolean;
}

export class InputError extends Error {
  override name = "InputError";
}

export const DEFAULT_PATHS = ["**/*.md", "**/*.mdx", "**/*.markdown"];

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T => {
  const v = value.trim().toLowerCase();
  if (v === "") return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new InputError(`input "${name}": expected ${allowed.join(" | ")}, got "${value}"`);
  return v as T;
};

export function parseInputs(get: (name: string) => string): ActionInputs {
  const token = get("github-token").trim();
  if (token === "") {
    throw new InputError('input "github-token" is empty: pass `github-token: ${{ github.token }}` (the default) or a token with pull-requests: write.');
  }
  const paths = get("paths")
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const annotations = oneOf("annotations", get("annotations"), ["true", "false"] as const, "true");
  return {
    token,
    config: get("config").trim() || ".postlint.yml",
    paths: paths.length > 0 ? paths : DEFAULT_PATHS,
    failOn: oneOf("fail-on", get("fail-on"), ["error", "warning", "never"] as const, "error"),
    comment: oneOf("comment", get("comment"), ["sticky", "off"] as const, "sticky"),
    annotations: annotations === "true",
  };
}
