import { describe, expect, it } from "vitest";
import { DEFAULT_PATHS, parseInputs } from "../../src/action/inputs.js";

const from = (values: Record<string, string>) => (name: string) => values[name] ?? "";

describe("parseInputs", () => {
  it("applies defaults", () => {
    expect(parseInputs(from({ "github-token": "t" }))).toEqual({ token: "t", config: ".postlint.yml", paths: DEFAULT_PATHS, failOn: "error", comment: "sticky", annotations: true });
  });
  it("reads multi-line and comma-separated paths", () => {
    expect(parseInputs(from({ "github-token": "t", paths: "content/**/*.md\n posts/*.mdx, notes/*.txt" })).paths).toEqual(["content/**/*.md", "posts/*.mdx", "notes/*.txt"]);
  });
  it("refuses an empty token with a clear message", () => {
    expect(() => parseInputs(from({}))).toThrow(/input "github-token" is empty/);
  });
  it("names the input and the allowed values", () => {
    expect(() => parseInputs(from({ "github-token": "t", "fail-on": "sometimes" }))).toThrow('input "fail-on": expected error | warning | never, got "sometimes"');
    expect(() => parseInputs(from({ "github-token": "t", comment: "new" }))).toThrow(/input "comment"/);
    expect(() => parseInputs(from({ "github-token": "t", annotations: "yes" }))).toThrow(/input "annotations"/);
  });
});
