/**
 * `npx tsx scripts/dump-reports.ts [out.jsonl]`: reviews every text the project has (Grammalecte's and
 * proselint's eval lines, our eval sets, the seeds, examples and test fixtures; Markdown files in both
 * languages) and prints one digest of all the reports (findings with messages, suggestions and fixes,
 * omitted counts, scores, verdicts). An optimisation must leave the digest unchanged: run it before and
 * after, and compare the two files line by line when the digests differ.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { review, type Lang } from "../src/checks/index.js";
import { OWN, readJsonl, SHARED } from "../eval/lib.js";

const ROOT = new URL("../", import.meta.url).pathname;
const DATE = "2026-01-01T00:00:00.000Z";
const lines: string[] = [];
const digest = createHash("sha256");

function emit(tag: string, text: string, lang: Lang, format: "text" | "markdown"): void {
  const r = review(text, { format, lang, date: DATE });
  const line = JSON.stringify([tag, r.findings.map((f) => [f.ruleId, f.offset, f.length, f.severity, f.message, f.suggestions, f.fix ?? null]), r.omitted, r.score, r.verdict, r.entry.promotional]);
  digest.update(line);
  lines.push(line);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(md|txt)$/.test(e.name) ? [join(dir, e.name)] : []));
}

if (existsSync(`${SHARED}fr-grammalecte-tests.jsonl`)) {
  readJsonl<{ text: string; option?: string }>(`${SHARED}fr-grammalecte-tests.jsonl`).forEach((l, i) => {
    if (!l.option) emit(`grammalecte:${i}`, l.text, "fr", "text");
  });
}
if (existsSync(`${SHARED}en-proselint-examples.jsonl`)) {
  readJsonl<{ text: string }>(`${SHARED}en-proselint-examples.jsonl`).forEach((l, i) => emit(`proselint:${i}`, l.text, "en", "text"));
}
for (const f of readdirSync(OWN).filter((n) => n.endsWith(".jsonl"))) {
  readJsonl<{ text: string; lang?: Lang }>(join(OWN, f)).forEach((l, i) => emit(`${f}:${i}`, l.text, l.lang ?? (f.includes("-en") ? "en" : "fr"), "markdown"));
}
for (const f of [...filesUnder(join(ROOT, "examples")), ...filesUnder(join(ROOT, "../shared/seeds")), ...filesUnder(join(ROOT, "tests/fixtures"))]) {
  const text = readFileSync(f, "utf8");
  // Paths relative to the checkout (the seeds live beside it), so that two checkouts give the same digest.
  const tag = relative(ROOT, f).replace(/^(\.\.\/)+/, "");
  for (const lang of ["fr", "en"] as const) emit(`${tag}:${lang}`, text, lang, "markdown");
}

const out = process.argv[2];
if (out) writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} texts reviewed, digest ${digest.digest("hex").slice(0, 16)}${out ? `, reports in ${out}` : ""}`);
