import { readFileSync } from "node:fs";

import {
  ConfigError,
  configJsonSchema,
  formatJson,
  formatText,
  review,
  reviewAsync,
  rules,
  summarize,
  toSarif,
  formatMarkdown,
  type Config,
  type HistoryEntry,
  type Report,
} from "../checks/index.js";

import { HELP, parseArgs, UsageError, type CheckArgs } from "./args.js";
import { ConfigLoader } from "./config-loader.js";
import { collectFiles, readContent, readInput, type InputFile } from "./files.js";
import { matchesAny } from "./glob.js";
import { formatRules } from "./rules-list.js";

declare const POSTLINT_VERSION: string | undefined;
const VERSION = typeof POSTLINT_VERSION === "string" ? POSTLINT_VERSION : "dev";

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Uint8Array;
  isTty: boolean;
}

interface Loaded {
  file: InputFile | null;
  text: string;
  config: Config;
}

/** Runs the CLI and returns the exit code; never throws for user errors. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`postlint: ${err.message}\nRun "postlint help" for usage.\n`);
      return 2;
    }
    throw err;
  }
  switch (args.command) {
    case "help":
      io.stdout(`${HELP}\n`);
      return 0;
    case "version":
      io.stdout(`${VERSION}\n`);
      return 0;
    case "schema":
      io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
      return 0;
    case "rules":
      io.stdout(`${formatRules(rules, args.format, args.lang)}\n`);
      return 0;
    case "check":
      return check(args, io);
  }
}

async function check(args: CheckArgs, io: Io): Promise<number> {
  const loader = new ConfigLoader(args.config);
  let inputError = false;
  const complain = (path: string, message: string): void => {
    inputError = true;
    io.stderr(`postlint: ${path}: ${message}\n`);
  };

  const { files, problems } = collectFiles(args.paths, io.cwd);
  for (const p of problems) complain(p.path, p.message);

  const loaded: Loaded[] = [];
  const take = (file: InputFile | null, bytes: () => { text: string } | { error: string }): void => {
    const name = file?.path ?? "<stdin>";
    let cfg;
    try {
      cfg = loader.forFile(file?.absolute ?? null, io.cwd);
    } catch (err) {
      if (err instanceof ConfigError) complain(err.source ?? "config", err.message.replace(/^Invalid postlint config\n\s*/, "invalid config:\n  "));
      else complain(name, (err as Error).message);
      return;
    }
    if (file && cfg.config.ignore.length > 0 && matchesAny(file.path, cfg.config.ignore)) return;
    const read = bytes();
    if ("error" in read) return complain(name, read.error);
    loaded.push({ file, text: read.text, config: cfg.config });
  };
  for (const f of files) take(f, () => readInput(f));
  if (args.paths.includes("-")) take(null, () => readContent(io.stdin()));

  // Pass 1: each post on its own, for its history entry (date, promotional, fingerprint).
  const options = (l: Loaded) => ({
    config: l.config,
    ...(l.file ? { path: l.file.path } : { path: "<stdin>", format: "text" as const }),
    ...(args.lang ? { lang: args.lang } : {}),
    ...(args.channel ? { channel: args.channel } : {}),
  });
  const reports: Report[] = [];
  const first: Report[] = [];
  for (const l of loaded) {
    try {
      first.push(review(l.text, options(l)));
    } catch (err) {
      if (err instanceof ConfigError) {
        complain(l.file?.path ?? "<stdin>", err.message);
        first.push(null as unknown as Report);
      } else throw err;
    }
  }
  // Pass 2: with the other posts of the run that came before it, as history.
  const entries: HistoryEntry[] = first.filter(Boolean).map((r) => r.entry);
  for (const [i, l] of loaded.entries()) {
    const alone = first[i];
    if (!alone) continue;
    const history = entries.filter((e) => e.id !== alone.entry.id && e.date < alone.entry.date);
    // With a LanguageTool server configured, its matches join the review (a server that is down is one warning).
    if (l.config.languagetool) reports.push(await reviewAsync(l.text, { ...options(l), history }));
    else reports.push(history.length > 0 ? review(l.text, { ...options(l), history }) : alone);
  }

  const color = args.color ?? io.isTty;
  switch (args.format) {
    case "json":
      io.stdout(`${formatJson(reports)}\n`);
      break;
    case "sarif":
      io.stdout(`${JSON.stringify(toSarif(reports, rules, VERSION), null, 2)}\n`);
      break;
    case "markdown":
      io.stdout(`${formatMarkdown(reports)}\n`);
      break;
    default:
      if (reports.length > 0 || !inputError) io.stdout(`${formatText(reports, { color, infos: !args.quiet })}\n`);
  }

  if (inputError) return 2;
  const s = summarize(reports);
  if (args.failOn === "never") return 0;
  if (s.fail > 0) return 1;
  if (args.failOn === "warning" && (s.warn > 0 || s.warnings > 0)) return 1;
  return 0;
}

/** Entry point for bin/postlint.js. */
export async function cli(): Promise<void> {
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => readFileSync(0),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  }).catch((err: unknown) => {
    // A bug, not a user error: one line, and where to report it.
    process.stderr.write(`postlint: internal error: ${(err as Error).message}\nPlease report this with the file that caused it.\n`);
    if (process.env.POSTLINT_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 2;
  });
  process.exitCode = code;
}

