import { createRequire as __postlintCreateRequire } from 'node:module'; const require = __postlintCreateRequire(import.meta.url);

// src/cli/main.ts
import { readFileSync as readFileSync3 } from "node:fs";
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
  formatMarkdown
} from "../lib/index.js";

// src/cli/args.ts
import { channels } from "../lib/index.js";
var UsageError = class extends Error {
  name = "UsageError";
};
var choice = (flag, value, allowed) => {
  if (value === void 0) throw new UsageError(`${flag} needs a value: ${allowed.join(" | ")}`);
  if (!allowed.includes(value)) throw new UsageError(`${flag}: expected ${allowed.join(" | ")}, got "${value}"`);
  return value;
};
function parseArgs(argv) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "help" || command === "--help" || command === "-h") return { command: "help" };
  if (command === "--version" || command === "-v" || command === "version") return { command: "version" };
  if (command === "schema") return { command: "schema" };
  if (command === "rules") {
    let format = "text";
    let lang;
    for (let i = 0; i < rest.length; i++) {
      const [flag, inline] = splitFlag(rest[i]);
      const value = () => inline ?? rest[++i];
      if (flag === "--format") format = choice("--format", value(), ["text", "json"]);
      else if (flag === "--lang") lang = choice("--lang", value(), ["fr", "en"]);
      else throw new UsageError(`unknown option for "rules": ${rest[i]}`);
    }
    return lang ? { command: "rules", format, lang } : { command: "rules", format };
  }
  if (command !== "check") throw new UsageError(`unknown command "${command}" (expected check, rules, schema or help)`);
  const args = { command: "check", paths: [], format: "text", failOn: "error", color: void 0, quiet: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "-" || !arg.startsWith("-")) {
      args.paths.push(arg);
      continue;
    }
    const [flag, inline] = splitFlag(arg);
    const value = () => inline ?? rest[++i];
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
        args.format = choice("--format", value(), ["text", "json", "markdown", "sarif"]);
        break;
      case "--lang":
        args.lang = choice("--lang", value(), ["fr", "en"]);
        break;
      case "--channel":
        args.channel = choice("--channel", value(), channels);
        break;
      case "--fail-on":
        args.failOn = choice("--fail-on", value(), ["error", "warning", "never"]);
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
function splitFlag(arg) {
  const eq = arg.indexOf("=");
  return eq > 2 && arg.startsWith("--") ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, void 0];
}
var HELP = `postlint — review blog and social posts before they go out

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

// src/cli/config-loader.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { mergeConfigInputs, parseConfigLayer, ruleIds, validateConfig } from "../lib/index.js";
var CONFIG_NAMES = [".postlint.yml", ".postlint.yaml", ".postlint.json"];
var ConfigLoader = class {
  constructor(explicit) {
    this.explicit = explicit;
  }
  layers = /* @__PURE__ */ new Map();
  resolved = /* @__PURE__ */ new Map();
  /** Throws ConfigError (with line numbers) or a plain Error for an unreadable file. */
  forFile(fileAbsolute, cwd) {
    const start = this.explicit ? "--config" : fileAbsolute ? dirname(fileAbsolute) : cwd;
    const hit = this.resolved.get(start);
    if (hit) return hit;
    const chain = [];
    if (this.explicit) chain.push(this.load(resolve(cwd, this.explicit)));
    else {
      let dir = start;
      for (; ; ) {
        const name = CONFIG_NAMES.find((n) => existsSync(join(dir, n)));
        if (name) {
          const layer = this.load(join(dir, name));
          chain.unshift(layer);
          if (layer.root) break;
        }
        const parent = dirname(dir);
        if (parent === dir || existsSync(join(dir, ".git"))) break;
        dir = parent;
      }
    }
    const source = chain[chain.length - 1]?.path;
    const config = validateConfig(mergeConfigInputs(...chain.map((l) => l.input)), source, ruleIds);
    const result = { config, paths: chain.map((l) => l.path) };
    this.resolved.set(start, result);
    return result;
  }
  load(path) {
    const hit = this.layers.get(path);
    if (hit) return hit;
    let text;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new Error(`cannot read config file ${path}`);
    }
    const { input } = parseConfigLayer(text, path, ruleIds);
    const layer = { path, input, root: input.root === true };
    this.layers.set(path, layer);
    return layer;
  }
};

// src/cli/files.ts
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join2, relative, resolve as resolve2, sep } from "node:path";

// src/cli/glob.ts
function globToRegExp(glob) {
  let g = glob.trim().replace(/\\/g, "/");
  if (g.startsWith("./")) g = g.slice(2);
  const anchored = g.includes("/") && !g.startsWith("**/");
  let re = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === "*") {
      if (g[i + 1] === "*") {
        const slash = g[i + 2] === "/";
        re += slash ? "(?:.*/)?" : ".*";
        i += slash ? 2 : 1;
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "{") {
      const close = g.indexOf("}", i);
      if (close === -1) re += "\\{";
      else {
        re += `(?:${g.slice(i + 1, close).split(",").map(escape).join("|")})`;
        i = close;
      }
    } else re += escape(c);
  }
  if (g.endsWith("/")) re += ".*";
  return new RegExp(anchored || g.startsWith("**/") ? `^${re}$` : `(?:^|/)${re}$`);
}
var escape = (s) => s.replace(/[.+^${}()|[\]\\]/g, "\\$&");
function matchesAny(path, globs) {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "");
  return globs.some((g) => globToRegExp(g).test(p));
}
var hasGlobMagic = (s) => /[*?{]/.test(s);

// src/cli/files.ts
var CONTENT_EXTENSIONS = [".md", ".mdx", ".markdown", ".txt", ".html", ".htm"];
var MAX_FILE_BYTES = 2 * 1024 * 1024;
var isContent = (name) => CONTENT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
function walk(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join2(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && isContent(e.name)) out.push(p);
  }
}
function collectFiles(args, cwd) {
  const seen = /* @__PURE__ */ new Set();
  const files = [];
  const problems = [];
  const add = (abs) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ absolute: abs, path: relative(cwd, abs).split(sep).join("/") || abs });
  };
  for (const arg of args) {
    if (arg === "-") continue;
    if (hasGlobMagic(arg)) {
      const base = resolve2(cwd, arg.split(/[*?{]/)[0]?.replace(/[^/\\]*$/, "") || ".");
      const re = globToRegExp(arg.replace(/^\.\//, ""));
      const all = [];
      walk(base, all);
      const matched = all.filter((p) => re.test(relative(cwd, p).split(sep).join("/")));
      if (matched.length === 0) problems.push({ path: arg, message: "no file matches this pattern" });
      matched.forEach(add);
      continue;
    }
    const abs = resolve2(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      problems.push({ path: arg, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) {
      const all = [];
      walk(abs, all);
      if (all.length === 0) problems.push({ path: arg, message: `no ${CONTENT_EXTENSIONS.join(" ")} file in this directory` });
      all.forEach(add);
    } else add(abs);
  }
  return { files, problems };
}
function readContent(bytes) {
  if (bytes.length > MAX_FILE_BYTES) {
    return { error: `file too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB per post)` };
  }
  const probe = bytes.subarray(0, 8e3);
  if (probe.includes(0)) return { error: "binary file (contains NUL bytes), not a post" };
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 65279) text = text.slice(1);
    return { text };
  } catch {
    return { error: "not valid UTF-8 text (save the file as UTF-8)" };
  }
}
function readInput(file) {
  try {
    return readContent(readFileSync2(file.absolute));
  } catch (err) {
    const code = err.code;
    return { error: code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? err.message})` };
  }
}

// src/cli/rules-list.ts
function formatRules(rules2, format, lang) {
  const list = rules2.filter((r) => !lang || r.lang === "any" || r.lang === lang);
  if (format === "json") {
    return JSON.stringify(
      list.map((r) => ({ id: r.id, group: r.group, lang: r.lang, severity: r.severity, summary: r.summary, explanation: r.explanation, ...r.link ? { link: r.link } : {} })),
      null,
      2
    );
  }
  return list.map((r) => `${r.id}  [${r.group}, ${r.lang}, ${r.severity}]
  ${r.summary}
  ${wrap(r.explanation, 96).join("\n  ")}`).join("\n\n");
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

// src/cli/main.ts
var VERSION = true ? "0.1.0" : "dev";
async function main(argv, io) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`postlint: ${err.message}
Run "postlint help" for usage.
`);
      return 2;
    }
    throw err;
  }
  switch (args.command) {
    case "help":
      io.stdout(`${HELP}
`);
      return 0;
    case "version":
      io.stdout(`${VERSION}
`);
      return 0;
    case "schema":
      io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}
`);
      return 0;
    case "rules":
      io.stdout(`${formatRules(rules, args.format, args.lang)}
`);
      return 0;
    case "check":
      return check(args, io);
  }
}
async function check(args, io) {
  const loader = new ConfigLoader(args.config);
  let inputError = false;
  const complain = (path, message) => {
    inputError = true;
    io.stderr(`postlint: ${path}: ${message}
`);
  };
  const { files, problems } = collectFiles(args.paths, io.cwd);
  for (const p of problems) complain(p.path, p.message);
  const loaded = [];
  const take = (file, bytes) => {
    const name = file?.path ?? "<stdin>";
    let cfg;
    try {
      cfg = loader.forFile(file?.absolute ?? null, io.cwd);
    } catch (err) {
      if (err instanceof ConfigError) complain(err.source ?? "config", err.message.replace(/^Invalid postlint config\n\s*/, "invalid config:\n  "));
      else complain(name, err.message);
      return;
    }
    if (file && cfg.config.ignore.length > 0 && matchesAny(file.path, cfg.config.ignore)) return;
    const read = bytes();
    if ("error" in read) return complain(name, read.error);
    loaded.push({ file, text: read.text, config: cfg.config });
  };
  for (const f of files) take(f, () => readInput(f));
  if (args.paths.includes("-")) take(null, () => readContent(io.stdin()));
  const options = (l) => ({
    config: l.config,
    ...l.file ? { path: l.file.path } : { path: "<stdin>", format: "text" },
    ...args.lang ? { lang: args.lang } : {},
    ...args.channel ? { channel: args.channel } : {}
  });
  const reports = [];
  const first = [];
  for (const l of loaded) {
    try {
      first.push(review(l.text, options(l)));
    } catch (err) {
      if (err instanceof ConfigError) {
        complain(l.file?.path ?? "<stdin>", err.message);
        first.push(null);
      } else throw err;
    }
  }
  const entries = first.filter(Boolean).map((r) => r.entry);
  for (const [i, l] of loaded.entries()) {
    const alone = first[i];
    if (!alone) continue;
    const history = entries.filter((e) => e.id !== alone.entry.id && e.date < alone.entry.date);
    if (l.config.languagetool) reports.push(await reviewAsync(l.text, { ...options(l), history }));
    else reports.push(history.length > 0 ? review(l.text, { ...options(l), history }) : alone);
  }
  const color = args.color ?? io.isTty;
  switch (args.format) {
    case "json":
      io.stdout(`${formatJson(reports)}
`);
      break;
    case "sarif":
      io.stdout(`${JSON.stringify(toSarif(reports, rules, VERSION), null, 2)}
`);
      break;
    case "markdown":
      io.stdout(`${formatMarkdown(reports)}
`);
      break;
    default:
      if (reports.length > 0 || !inputError) io.stdout(`${formatText(reports, { color, infos: !args.quiet })}
`);
  }
  if (inputError) return 2;
  const s = summarize(reports);
  if (args.failOn === "never") return 0;
  if (s.fail > 0) return 1;
  if (args.failOn === "warning" && (s.warn > 0 || s.warnings > 0)) return 1;
  return 0;
}
async function cli() {
  const code = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => readFileSync3(0),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
  }).catch((err) => {
    process.stderr.write(`postlint: internal error: ${err.message}
Please report this with the file that caused it.
`);
    if (process.env.POSTLINT_DEBUG) process.stderr.write(`${err.stack}
`);
    return 2;
  });
  process.exitCode = code;
}
export {
  cli,
  main
};
