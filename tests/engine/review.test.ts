import { describe, expect, it } from "vitest";
import { applyFixes, review, type Finding } from "../../src/checks/index.js";

describe("review()", () => {
  it("detects French and English and says how sure it is", () => {
    const fr = review("Les médias sociaux ne sont pas un outil pour crier votre message encore et encore.", { format: "text" });
    expect(fr.language).toMatchObject({ code: "fr", source: "detected" });
    expect(fr.language.confidence).toBeGreaterThan(0.5);
    const en = review("Social media is not a tool to shout your message over and over again to the people who follow you.", { format: "text" });
    expect(en.language).toMatchObject({ code: "en", source: "detected" });
  });
  it("lets options, front matter and config force the language, in that order", () => {
    const text = "---\nlang: en\n---\nLes médias sociaux sont un outil.";
    expect(review(text).language).toMatchObject({ code: "en", source: "frontmatter" });
    expect(review(text, { lang: "fr" }).language).toMatchObject({ code: "fr", source: "option" });
    expect(review("Les médias sociaux sont un outil.", { config: { language: "en" } }).language).toMatchObject({ code: "en", source: "config" });
  });
  it("runs only language-independent checks on another language, with an info finding", () => {
    const r = review("Die sozialen Medien sind kein Werkzeug, um immer wieder dieselbe Botschaft zu verbreiten.", { format: "text" });
    expect(r.language.code).toBe("und");
    expect(r.findings.map((f) => f.ruleId)).toContain("document/unsupported-language");
    expect(r.findings.find((f) => f.ruleId === "document/unsupported-language")?.severity).toBe("info");
  });
  it("reports an empty post", () => {
    expect(review("", { format: "text" }).findings.map((f) => f.ruleId)).toEqual(["document/empty"]);
  });
  it("reports invalid front matter and keeps going", () => {
    const r = review("---\ntitle: [unclosed\n---\nDu texte ici pour la relecture.");
    const f = r.findings.find((x) => x.ruleId === "document/source-problem");
    expect(f?.message).toMatch(/front matter/);
    expect(f?.line).toBe(1);
  });
  it("lets the config change a rule's severity or turn it off", () => {
    const on = review("", { format: "text", config: { rules: { "document/empty": "error" } } });
    expect(on.findings[0]?.severity).toBe("error");
    expect(on.verdict).toBe("fail");
    const off = review("", { format: "text", config: { rules: { "document/empty": "off" } } });
    expect(off.findings).toEqual([]);
  });
  it("throws a ConfigError for an unknown rule id in options.config", () => {
    expect(() => review("x", { config: { rules: { "nope/nope": "off" } } })).toThrow(/unknown rule id/);
  });
  it("fills a history entry for this post", () => {
    const r = review("---\ndate: 2026-10-01\n---\nUn article sur la stratégie de contenu.", { path: "a.md" });
    expect(r.entry).toMatchObject({ id: "a.md", date: "2026-10-01T00:00:00.000Z", promotional: false });
    expect(r.entry.hash).toMatch(/^[0-9a-f]+$/);
  });
  it("gives every finding a position inside the source", () => {
    const src = "---\ntitle: x\n---\n\n# Titre\n\nDu texte.";
    const r = review(src);
    for (const f of r.findings) {
      expect(f.offset + f.length).toBeLessThanOrEqual(src.length);
      expect(f.actual).toBe(src.slice(f.offset, f.offset + f.length));
    }
  });
});

describe("applyFixes", () => {
  const f = (s: number, e: number, text: string): Finding =>
    ({ ruleId: "x/y", fix: { range: [s, e], text } }) as unknown as Finding;
  it("applies from the end and skips overlaps", () => {
    expect(applyFixes("abcdef", [f(0, 1, "A"), f(4, 6, "EF"), f(5, 6, "Z")])).toEqual({ output: "AbcdeZ", applied: 2, skipped: 1 });
  });
});
