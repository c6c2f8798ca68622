import { describe, expect, it } from "vitest";
import { ConfigError, configJsonSchema, mergeConfigInputs, parseConfig, ruleIds, validateConfig } from "../../src/checks/index.js";

describe("parseConfig", () => {
  it("applies defaults", () => {
    const c = parseConfig("");
    expect(c).toMatchObject({ language: "auto", channel: "blog", selfPromotion: { maxShare: 0.2, window: 10 }, thresholds: { relevance: 40, fail: 50, warn: 70 } });
  });
  it("reads every documented field", () => {
    const c = parseConfig(
      [
        "language: fr",
        "channel: linkedin",
        "audience:",
        "  description: Responsables marketing",
        "  topics: [stratégie de contenu, réseaux sociaux]",
        "  questions: [à quelle fréquence publier]",
        "  avoid: [crypto]",
        "brand: { names: [Clairvoy], domains: [clairvoy.example] }",
        "selfPromotion: { maxShare: 0.3, window: 20 }",
        "thresholds: { relevance: 30, fail: 40, warn: 60 }",
        "rules: { document/empty: off }",
        "vocabulary: [Clairvoy]",
        "ignore: ['drafts/**']",
      ].join("\n"),
      ".postlint.yml",
      ruleIds,
    );
    expect(c.audience?.topics).toEqual(["stratégie de contenu", "réseaux sociaux"]);
    expect(c.rules["document/empty"]).toBe("off");
    expect(c.selfPromotion.window).toBe(20);
  });
  it("names the field, what was expected, what was found, and the line", () => {
    try {
      parseConfig("channel: blog\nselfPromotion:\n  maxShare: lots\n", ".postlint.yml");
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const issue = (err as ConfigError).issues[0];
      expect(issue).toMatchObject({ path: "selfPromotion.maxShare", expected: "number", received: 'string "lots"', line: 3 });
      expect((err as Error).message).toContain("selfPromotion.maxShare");
    }
  });
  it("rejects unknown fields (typos) with their line", () => {
    const err = (() => {
      try {
        parseConfig("channel: blog\naudiance:\n  topics: [a]\n");
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error("no error");
    })();
    expect(err.issues[0]).toMatchObject({ path: "audiance", line: 2 });
  });
  it("rejects an unknown channel with the allowed values", () => {
    expect(() => parseConfig("channel: tiktok")).toThrow(/expected "blog" \| "newsletter"/);
  });
  it("rejects an unknown rule id", () => {
    expect(() => parseConfig("rules: { writing/nope: off }", "x.yml", ruleIds)).toThrow(/unknown rule id "writing\/nope"/);
  });
  it("reports YAML syntax errors with a line", () => {
    try {
      parseConfig("audience:\n  topics: [a, b\n");
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).issues[0]?.message).toMatch(/YAML syntax error/);
      expect((err as ConfigError).issues[0]?.line).toBeGreaterThan(0);
    }
  });
  it("refuses fail above warn", () => {
    expect(() => validateConfig({ thresholds: { fail: 80, warn: 70 } })).toThrow(/thresholds.fail/);
  });
});

describe("mergeConfigInputs", () => {
  it("merges objects key by key and replaces arrays", () => {
    expect(mergeConfigInputs({ brand: { names: ["A"], domains: ["a.example"] }, channel: "blog" }, { brand: { names: ["B"] } })).toEqual({
      brand: { names: ["B"], domains: ["a.example"] },
      channel: "blog",
    });
  });
});

describe("configJsonSchema", () => {
  it("describes the config fields", () => {
    const s = configJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(s.properties)).toEqual(expect.arrayContaining(["language", "channel", "audience", "brand", "selfPromotion", "thresholds", "rules", "vocabulary", "ignore"]));
  });
});
