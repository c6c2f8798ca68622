import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

function run(argv: string[], cwd: string, stdin = "") {
  let out = "";
  let err = "";
  const code = main(argv, {
    cwd,
    stdout: (s) => void (out += s),
    stderr: (s) => void (err += s),
    stdin: () => new TextEncoder().encode(stdin),
    isTty: false,
  });
  return code.then((c) => ({ code: c, out, err }));
}

function workspace(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "postlint-cli-"));
  mkdirSync(join(dir, ".git"));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(join(p, ".."), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

const GOOD_EN = "---\nlang: en\n---\nKnow who you write for. Your audience has questions: answer them in plain words.\n";

describe("postlint check", () => {
  it("reviews a directory and prints file:line:col listings with a summary", async () => {
    const dir = workspace({ "posts/a.md": GOOD_EN, "posts/b.txt": "Un message court pour vous, sur la stratégie de contenu.", "posts/skip.js": "x" });
    const r = await run(["check", "posts"], dir);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/posts\/a\.md {2}pass/);
    expect(r.out).toMatch(/posts\/b\.txt/);
    expect(r.out).not.toMatch(/skip\.js/);
    expect(r.out).toMatch(/2 file\(s\)/);
    expect(r.code).toBe(0);
  });

  it("prints JSON with version, files and summary", async () => {
    const dir = workspace({ "a.md": GOOD_EN });
    const r = await run(["check", "a.md", "--format", "json"], dir);
    const json = JSON.parse(r.out) as { version: number; files: Array<{ path: string; language: { code: string } }>; summary: { files: number } };
    expect(json.version).toBe(1);
    expect(json.files[0]).toMatchObject({ path: "a.md", language: { code: "en" } });
    expect(json.summary.files).toBe(1);
  });

  it("prints SARIF 2.1.0", async () => {
    const dir = workspace({ "a.txt": "" });
    const r = await run(["check", "a.txt", "--format", "sarif"], dir);
    const sarif = JSON.parse(r.out) as { version: string; runs: Array<{ results: Array<{ ruleId: string; locations: unknown[] }> }> };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]?.results[0]?.ruleId).toBe("document/empty");
  });

  it("reads standard input with -", async () => {
    const r = await run(["check", "-", "--lang", "fr"], process.cwd(), "Bonjour à vous, lecteurs.");
    expect(r.out).toMatch(/<stdin>/);
    expect(r.code).toBe(0);
  });

  it("exits 2 on a broken config, naming the field and line, and reviews nothing under it", async () => {
    const dir = workspace({ ".postlint.yml": "channel: blog\nthresholds:\n  fail: high\n", "a.md": GOOD_EN });
    const r = await run(["check", "a.md"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.postlint\.yml:3:3: `thresholds\.fail`: expected number, found string "high"/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("exits 2 on an unknown rule id in the config", async () => {
    const dir = workspace({ ".postlint.yml": "rules:\n  writing/does-not-exist: off\n", "a.md": GOOD_EN });
    const r = await run(["check", "a.md"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown rule id "writing\/does-not-exist"/);
  });

  it("says what is wrong with each bad file and still reviews the others", async () => {
    const invalidUtf8 = new Uint8Array([0x48, 0xc3, 0x28, 0x69]);
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]);
    const huge = "Un mot. ".repeat(700_000);
    const dir = workspace({ "ok.md": GOOD_EN, "bad.txt": invalidUtf8, "img.md": binary, "huge.md": huge, "empty.md": "" });
    const r = await run(["check", "."], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad\.txt: not valid UTF-8/);
    expect(r.err).toMatch(/img\.md: binary file/);
    expect(r.err).toMatch(/huge\.md: file too large \(5\.3 MB/);
    expect(r.out).toMatch(/ok\.md {2}pass/);
    expect(r.out).toMatch(/empty\.md/);
    expect(r.out).toMatch(/No prose to review/);
  });

  it("exits 2 for a path that does not exist, and for bad options", async () => {
    expect((await run(["check", "nope.md"], process.cwd())).code).toBe(2);
    const bad = await run(["check", "a.md", "--format", "xml"], process.cwd());
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format: expected text \| json \| markdown \| sarif, got "xml"/);
    expect((await run(["frobnicate"], process.cwd())).code).toBe(2);
  });

  it("skips files matched by the config's ignore globs", async () => {
    const dir = workspace({ ".postlint.yml": "ignore: ['drafts/**']\n", "drafts/x.md": GOOD_EN, "a.md": GOOD_EN });
    const r = await run(["check", "."], dir);
    expect(r.out).not.toMatch(/drafts/);
    expect(r.out).toMatch(/1 file\(s\)/);
  });

  it("layers configs from the repository root down to the file's folder", async () => {
    const dir = workspace({
      ".postlint.yml": "channel: blog\nrules: { document/empty: error }\n",
      "social/.postlint.yml": "channel: linkedin\n",
      "social/a.txt": "",
    });
    const r = await run(["check", "social/a.txt", "--format", "json"], dir);
    const json = JSON.parse(r.out) as { files: Array<{ channel: string; verdict: string }> };
    expect(json.files[0]).toMatchObject({ channel: "linkedin", verdict: "fail" });
    expect(r.code).toBe(1);
  });

  it("honours --fail-on never", async () => {
    const dir = workspace({ ".postlint.yml": "rules: { document/empty: error }\n", "a.txt": "" });
    expect((await run(["check", "a.txt"], dir)).code).toBe(1);
    expect((await run(["check", "a.txt", "--fail-on", "never"], dir)).code).toBe(0);
  });
});

describe("postlint rules / schema / help", () => {
  it("lists every rule with its explanation", async () => {
    const r = await run(["rules"], process.cwd());
    expect(r.out).toMatch(/document\/empty {2}\[writing, any, info\]/);
    const json = JSON.parse((await run(["rules", "--format", "json"], process.cwd())).out) as Array<{ id: string; explanation: string }>;
    expect(json.every((x) => x.explanation.length > 40)).toBe(true);
  });
  it("prints the config JSON Schema", async () => {
    const r = await run(["schema"], process.cwd());
    expect(JSON.parse(r.out)).toHaveProperty("properties.audience");
  });
  it("prints help", async () => {
    expect((await run(["help"], process.cwd())).out).toMatch(/Usage:/);
  });
});
