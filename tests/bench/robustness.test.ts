/**
 * Pathological inputs finish and return a bounded number of findings (caps per
 * rule and per file, with the rest counted in `omitted`). Their time is
 * measured by `npm run bench`, not asserted here.
 */
import { describe, expect, it } from "vitest";
import { MAX_FINDINGS_PER_FILE, MAX_FINDINGS_PER_RULE, review, type Format } from "../../src/checks/index.js";

const cases: Array<[string, () => string, Format]> = [
  ["a 1 MB single paragraph", () => "Le marketing des médias sociaux échoue souvent, dit-il. ".repeat(18500), "markdown"],
  ["10,000 one-word lines", () => Array.from({ length: 10000 }, (_, i) => `mot${i % 50}`).join("\n"), "text"],
  ["5,000 headings", () => Array.from({ length: 5000 }, (_, i) => `# Titre ${i}\n`).join("\n"), "markdown"],
  ["lists nested 300 deep", () => Array.from({ length: 300 }, (_, i) => "  ".repeat(i) + "- item").join("\n"), "markdown"],
  ["quotes nested 1,000 deep", () => ">".repeat(1000) + " texte", "markdown"],
  ["100,000 emoji", () => "🎉".repeat(100000), "text"],
  ["a line of 200,000 characters", () => "a".repeat(200000), "text"],
  ["long runs of punctuation", () => "!?.,;:".repeat(30000), "text"],
  ["the same error 5,000 times", () => "Les les entreprises!!! ".repeat(5000), "text"],
];

describe("pathological inputs", () => {
  for (const [name, make, format] of cases) {
    it(`${name}: completes with bounded findings`, () => {
      const text = make();
      const r = review(text, { format, lang: "fr" });
      expect(r.findings.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE);
      const perRule = new Map<string, number>();
      for (const f of r.findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
      for (const n of perRule.values()) expect(n).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE);
      for (const f of r.findings) expect(f.offset + f.length).toBeLessThanOrEqual(text.length);
    });
  }
  it("counts what the caps left out", () => {
    const r = review("Les les entreprises!!! ".repeat(5000), { format: "text", lang: "fr" });
    expect(r.omitted["writing/repeated-word"]).toBe(5000 - MAX_FINDINGS_PER_RULE);
  });
});
