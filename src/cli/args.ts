import type { Channel, Lang } from "../checks/index.js";
import { channels } from "../checks/index.js";

export type OutputFormat = "text" | "json" | "markdown" | "sarif";
export type FailOn = "error" | "warning" | "never";

export interface CheckArgs {
  command: "check";
  paths: string[];
  config?: string;
  format: OutputFormat;
  lang?: Lang;
  channel?: Channel;
  failOn: FailOn;
  color: boolean | undefined;
  quiet: boolean;
}

export type Args =
  | CheckArgs
  | { command: "rules"; format: "text" | "json"; lang?: Lang }
  | { command: "schema" }
  | { command: "help" }
  | { command: "version" };

export class UsageError extends Error {
  override name = "UsageError";
}

const choice = <T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T => {
  if (value === undefined) throw new UsageError(`${flag} needs a value: ${allowed.join(" | ")}`);
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: expected ${allowed.join(" | ")}, got "${value}"`);
  return value as T;
};

/** Parses argv (without node and script). Throws UsageError with a message for the user. */
export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") return { command: "help" };
  if (command === "--version" || command === "-v" || command === "version") return { command: "version" };
  if (command === "schema") return { command: "schema" };
  if (command === "rules") {
    let format: "text" | "json" = "text";
    let lang: Lang | undefined;
    for (let i = 0; i < rest.length; i++) {
      const [flag, inline] = splitFlag(rest[i] as string);
      const value = (): string | undefined => inline ?? rest[++i];
      if (flag === "--format") format = choice("--format", value(), ["text", "json"] as const);
      else if (flag === "--lang") lang = choice("--lang", value(), ["fr", "en"] as const);
      else throw new UsageError(`unknown option for "rules": ${rest[i]}`);
    }
    return lang ? { command: "rules", format, lang } : { command: "rules", format };
  }
  if (command !== "check") throw new UsageError(`unknown command "${command}" (expected check, rules, schema or help)`);
  const args: CheckArgs = { command: "check", paths: [], format: "text", failOn: "error", color: undefined, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "-" || !arg.startsWith("-")) {
      args.paths.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    const value = (): string | undefined => inline ?? rest[++i];
    switch (flag) {
      case "--config":
      case "-c": {
        const v = value();
        if (!v) throw new UsageError("--config needs a file path");
        args.config = v;
        break;
      }
      case "--format":
      case "-f":
        args.format = choice("--format", value(), ["text", "json", "markdown", "sarif"] as const);
        break;
      case "--lang":
        args.lang = choice("--lang", value(), ["fr", "en"] as const);
        break;
      case "--channel":
        args.channel = choice("--channel", value(), channels);
        break;
      case "--fail-on":
        args.failOn = choice("--fail-on", value(), ["error", "warning", "never"] as const);
        break;
      case "--color":
        args.color = true;
        break;
      case "--no-color":
        args.color = false;
        break;
      case "--quiet":
      case "-q":
        args.quiet = true;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (args.paths.length === 0) throw new UsageError('no input: give files, directories, globs, or "-" for standard input');
  return args;
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq > 2 && arg.startsWith("--") ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

export const HELP = `postlint — review blog and social posts before they go out

Usage:
  postlint check [paths | dirs | globs | -] [options]
  postlint rules [--format text|json] [--lang fr|en]
  postlint schema            print the JSON Schema of .postlint.yml
  postlint --version

Options for check:
  -c, --config FILE          config file (default: .postlint.yml found from each file's folder upwards)
  -f, --format FORMAT        text (default) | json | markdown | sarif
      --lang fr|en           force the language (default: front matter, config, then detection)
      --channel NAME         blog | newsletter | x | linkedin | facebook | instagram | threads | bluesky | mastodon
      --fail-on LEVEL        error (default) | warning | never
      --color, --no-color    force colors on or off (default: on when stdout is a terminal)
  -q, --quiet                hide info findings in text output

Directories are walked for .md .mdx .markdown .txt .html files (node_modules and dot-folders skipped).

Exit codes: 0 nothing fails · 1 a file fails (or warns, with --fail-on warning) · 2 usage, config or input error.`;
