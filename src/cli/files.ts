import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { globToRegExp, hasGlobMagic } from "./glob.js";

export const CONTENT_EXTENSIONS = [".md", ".mdx", ".markdown", ".txt", ".html", ".htm"];
/** Larger files are refused: a post is a few KB; megabytes mean a wrong file (a log, a dump). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface InputFile {
  /** As shown to the user: relative to the working directory. */
  path: string;
  absolute: string;
}

export interface InputProblem {
  path: string;
  message: string;
}

const isContent = (name: string): boolean => CONTENT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && isContent(e.name)) out.push(p);
  }
}

/** Expands arguments (files, directories, globs) into content files, in a stable order. */
export function collectFiles(args: readonly string[], cwd: string): { files: InputFile[]; problems: InputProblem[] } {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push({ absolute: abs, path: relative(cwd, abs).split(sep).join("/") || abs });
  };
  for (const arg of args) {
    if (arg === "-") continue;
    if (hasGlobMagic(arg)) {
      const base = resolve(cwd, arg.split(/[*?{]/)[0]?.replace(/[^/\\]*$/, "") || ".");
      const re = globToRegExp(arg.replace(/^\.\//, ""));
      const all: string[] = [];
      walk(base, all);
      const matched = all.filter((p) => re.test(relative(cwd, p).split(sep).join("/")));
      if (matched.length === 0) problems.push({ path: arg, message: "no file matches this pattern" });
      matched.forEach(add);
      continue;
    }
    const abs = resolve(cwd, arg);
    let st;
    try {
      st = statSync(abs);
    } catch {
      problems.push({ path: arg, message: "no such file or directory" });
      continue;
    }
    if (st.isDirectory()) {
      const all: string[] = [];
      walk(abs, all);
      if (all.length === 0) problems.push({ path: arg, message: `no ${CONTENT_EXTENSIONS.join(" ")} file in this directory` });
      all.forEach(add);
    } else add(abs);
  }
  return { files, problems };
}

/** Reads a file as UTF-8 text, or says why it cannot be reviewed. */
export function readContent(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length > MAX_FILE_BYTES) {
    return { error: `file too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB per post)` };
  }
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) return { error: "binary file (contains NUL bytes), not a post" };
  try {
    let text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: "not valid UTF-8 text (save the file as UTF-8)" };
  }
}

export function readInput(file: InputFile): { text: string } | { error: string } {
  try {
    return readContent(readFileSync(file.absolute));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { error: code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read (${code ?? (err as Error).message})` };
  }
}
