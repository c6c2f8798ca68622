/**
 * Table-driven rule tests in the textlint-tester shape:
 *
 *   testRule(rule, {
 *     valid: ["clean text", { text, lang: "fr", config: {...} }],
 *     invalid: [{ text, lang: "en", findings: [{ message: /regex/ , line: 1, column: 5 }], output?: "fixed" }],
 *   });
 *
 * Each case runs the whole engine (`review`) with only `rule` enabled, so the
 * document model, suppressions and severity mapping are exercised too. Every
 * finding is also checked for a range inside the text whose source text equals
 * `actual`, and for line/column agreeing with the offset.
 */
import { describe, expect, it } from "vitest";
import { applyFixes, review, rules as allRules } from "../../src/checks/index.js";
import type { ConfigInput, Finding, Format, HistoryEntry, Lang, Report, Rule } from "../../src/checks/index.js";

export interface CaseOptions {
  lang?: Lang;
  format?: Format;
  config?: ConfigInput;
  history?: HistoryEntry[];
  channel?: ConfigInput["channel"];
  /** A name shown in the test title. */
  name?: string;
}

export type ValidCase = string | ({ text: string } & CaseOptions);

export interface ExpectedFinding {
  message?: string | RegExp;
  line?: number;
  column?: number;
  range?: readonly [number, number];
  actual?: string;
  severity?: Finding["severity"];
}

export interface InvalidCase extends CaseOptions {
  text: string;
  findings: ExpectedFinding[];
  /** Text after applying every fix. */
  output?: string;
}

/** Runs the engine with only `rule` switched on. */
export function runRule(rule: Rule, text: string, options: CaseOptions = {}): Report {
  const levels: Record<string, "off"> = {};
  for (const r of allRules) if (r.id !== rule.id) levels[r.id] = "off";
  const config = { ...(options.config ?? {}), rules: { ...levels, ...(options.config?.rules ?? {}) } };
  return review(text, {
    format: options.format ?? "text",
    config,
    ...(options.lang ? { lang: options.lang } : {}),
    ...(options.history ? { history: options.history } : {}),
    ...(options.channel ? { channel: options.channel } : {}),
  });
}

export function assertWellFormed(text: string, f: Finding): void {
  expect(f.offset, `${f.ruleId}: offset inside text`).toBeGreaterThanOrEqual(0);
  expect(f.offset + f.length, `${f.ruleId}: end inside text`).toBeLessThanOrEqual(text.length);
  expect(f.actual, `${f.ruleId}: actual matches source range`).toBe(text.slice(f.offset, f.offset + f.length));
  const before = text.slice(0, f.offset);
  const line = before.split("\n").length;
  const column = f.offset - (before.lastIndexOf("\n") + 1) + 1;
  expect({ line: f.line, column: f.column }, `${f.ruleId}: line/column agree with offset`).toEqual({ line, column });
  expect(f.message.length, `${f.ruleId}: message not empty`).toBeGreaterThan(0);
}

const title = (text: string, o: CaseOptions): string =>
  `${o.name ? `${o.name}: ` : ""}${o.lang ? `[${o.lang}] ` : ""}${JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text)}`;

export function testRule(rule: Rule, cases: { valid?: ValidCase[]; invalid?: InvalidCase[] }): void {
  describe(rule.id, () => {
    it("is registered and documented", () => {
      expect(allRules.some((r) => r.id === rule.id), `${rule.id} is in the registry`).toBe(true);
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(rule.summary.length).toBeGreaterThan(10);
      expect(rule.explanation.length).toBeGreaterThan(40);
    });
    for (const c of cases.valid ?? []) {
      const text = typeof c === "string" ? c : c.text;
      const options = typeof c === "string" ? {} : c;
      it(`valid ${title(text, options)}`, () => {
        const report = runRule(rule, text, options);
        const own = report.findings.filter((f) => f.ruleId === rule.id);
        expect(own.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid ?? []) {
      it(`invalid ${title(c.text, c)}`, () => {
        const report = runRule(rule, c.text, c);
        const own = report.findings.filter((f) => f.ruleId === rule.id);
        for (const f of own) assertWellFormed(c.text, f);
        expect(own.length, own.map((f) => `${f.line}:${f.column} ${f.message}`).join("\n")).toBe(c.findings.length);
        c.findings.forEach((exp, i) => {
          const got = own[i] as Finding;
          if (exp.message instanceof RegExp) expect(got.message).toMatch(exp.message);
          else if (exp.message !== undefined) expect(got.message).toBe(exp.message);
          if (exp.line !== undefined) expect(got.line).toBe(exp.line);
          if (exp.column !== undefined) expect(got.column).toBe(exp.column);
          if (exp.range) expect([got.offset, got.offset + got.length]).toEqual([...exp.range]);
          if (exp.actual !== undefined) expect(got.actual).toBe(exp.actual);
          if (exp.severity !== undefined) expect(got.severity).toBe(exp.severity);
        });
        if (c.output !== undefined) expect(applyFixes(c.text, own).output).toBe(c.output);
      });
    }
  });
}
