/**
 * Writes the reference documents that derive from code, so they never drift:
 *   docs/rules.md             every rule: id, section, languages, default severity, explanation
 *   docs/postlint.schema.json the JSON Schema of .postlint.yml
 *   npm run docs -- --check   exit 1 when either is stale (CI)
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { configJsonSchema, rules } from "../src/checks/index.js";

const check = process.argv.includes("--check");
const outputs: Record<string, string> = {};

const families = [...new Set(rules.map((r) => r.id.split("/")[0] as string))];
const lines: string[] = [
  "# Rules",
  "",
  "Generated from the rule registry by `npm run docs`; do not edit by hand.",
  "Every rule can be set to `off`, `info`, `warning` or `error` under `rules:` in `.postlint.yml`,",
  "and suppressed inline with `<!-- postlint-disable rule-id -->`.",
  "",
  `${rules.length} rules in ${families.length} families.`,
  "",
  "| Rule | Section | Languages | Default | What it reports |",
  "| --- | --- | --- | --- | --- |",
  ...rules.map((r) => `| [\`${r.id}\`](#${r.id.replace(/[^a-z0-9-]/g, "")}) | ${r.group} | ${r.lang} | ${r.severity} | ${r.summary.replace(/\|/g, "\\|")} |`),
  "",
];
for (const family of families) {
  lines.push(`## ${family}`, "");
  for (const r of rules.filter((x) => x.id.startsWith(`${family}/`))) {
    lines.push(`### ${r.id}`, "", `*${r.group} · ${r.lang} · ${r.severity} by default*`, "", r.summary, "", r.explanation, "");
    if (r.link) lines.push(`See: ${r.link}`, "");
  }
}
outputs["docs/rules.md"] = lines.join("\n");
outputs["docs/postlint.schema.json"] = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;

let stale = 0;
for (const [path, content] of Object.entries(outputs)) {
  const previous = existsSync(path) ? readFileSync(path, "utf8") : "";
  if (previous === content) continue;
  stale++;
  if (check) console.error(`${path} is stale: run \`npm run docs\``);
  else writeFileSync(path, content);
}
if (check && stale > 0) process.exit(1);
console.log(check ? "docs: up to date" : `docs: ${stale} file(s) written`);
