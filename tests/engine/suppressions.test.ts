import { describe, expect, it } from "vitest";
import { review } from "../../src/checks/index.js";

const ids = (text: string) => review(text, { lang: "fr" }).findings.filter((f) => f.severity !== "info").map((f) => `${f.line}:${f.ruleId}`);

describe("inline suppressions", () => {
  it("disable … enable for one rule", () => {
    const text = "Les les entreprises.\n\n<!-- postlint-disable writing/repeated-word -->\nLes les clients.\n<!-- postlint-enable -->\n\nLes les autres.";
    expect(ids(text)).toEqual(["1:writing/repeated-word", "7:writing/repeated-word"]);
  });
  it("disable-next-line for every rule", () => {
    const text = "<!-- postlint-disable-next-line -->\nLes les clients!!!\nLes les autres.";
    expect(ids(text)).toEqual(["3:writing/repeated-word"]);
  });
  it("a family prefix", () => {
    const text = "<!-- postlint-disable writing/ -->\nLes les clients!!!";
    // Only the writing/ family is off: the typography rule still reports the missing space before "!".
    expect(ids(text)).toEqual(["2:typography/space-before-punctuation"]);
  });
});
