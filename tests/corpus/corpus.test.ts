/**
 * Golden corpus test, in the spirit of Vale's feature files: real French and
 * English posts in, a stable `file:line:col rule severity message` listing out.
 * A change in any rule shows up here as a readable diff. After an intended
 * change: `UPDATE_GOLDEN=1 npx vitest run tests/corpus` and review the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { review } from "../../src/checks/index.js";
import { assertWellFormed } from "../helpers/test-rule.js";

const root = new URL("../", import.meta.url).pathname;
const sets: Array<{ dir: string; files: string[] }> = [
  { dir: "fixtures/seeds", files: readdirSync(join(root, "fixtures/seeds")).filter((f) => f.endsWith(".txt")) },
  { dir: "../examples/blog", files: readdirSync(join(root, "../examples/blog")) },
  { dir: "../examples/social", files: readdirSync(join(root, "../examples/social")).filter((f) => !f.startsWith(".")) },
];

function listing(name: string, text: string): string {
  const r = review(text, { path: name, date: "2026-11-01T00:00:00.000Z", config: { audience: { topics: ["médias sociaux", "social media", "stratégie", "strategy", "audience", "public"] }, brand: { names: ["Clairvoy"], domains: ["clairvoy.example"] } } });
  for (const f of r.findings) assertWellFormed(text, f);
  const head = `${name}: ${r.language.code} ${r.verdict} ${r.score}`;
  return [head, ...r.findings.map((f) => `${name}:${f.line}:${f.column} ${f.ruleId} ${f.severity} ${f.message}`)].join("\n");
}

describe("golden corpus", () => {
  for (const set of sets) {
    for (const file of set.files.sort()) {
      it(`${set.dir}/${file}`, () => {
        const text = readFileSync(join(root, set.dir, file), "utf8");
        const actual = `${listing(file, text)}\n`;
        const golden = join(root, "corpus/golden", `${file}.golden`);
        if (process.env.UPDATE_GOLDEN) writeFileSync(golden, actual);
        expect(existsSync(golden), `missing ${golden}: run UPDATE_GOLDEN=1 npx vitest run tests/corpus`).toBe(true);
        expect(actual).toBe(readFileSync(golden, "utf8"));
      });
    }
  }
});
