/**
 * LanguageTool support against a local HTTP server that answers with
 * LanguageTool's documented /v2/check response shape.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewAsync } from "../../src/checks/index.js";

let server: Server;
let url = "";
const received: Array<{ language: string; annotation: Array<{ text?: string; markup?: string }>; level: string }> = [];
let delayMs = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const form = new URLSearchParams(body);
      const data = JSON.parse(form.get("data") ?? "{}") as { annotation: Array<{ text?: string; markup?: string }> };
      received.push({ language: form.get("language") ?? "", annotation: data.annotation, level: form.get("level") ?? "" });
      // Offsets count text and markup alike, as LanguageTool does for annotated text.
      const full = data.annotation.map((a) => a.text ?? a.markup ?? "").join("");
      const at = full.indexOf("a été mangé par");
      const matches = at === -1 ? [] : [{ message: "Une forme passive peut être évitée.", offset: at, length: "a été mangé".length, replacements: [{ value: "a mangé" }], rule: { id: "PASSIVE_FR", category: { id: "STYLE" } } }];
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ software: { name: "LanguageTool", version: "6.6" }, language: { code: form.get("language") }, matches }));
      }, delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const POST = "# Titre\n\nUn texte `code` ici.\n\nLe gâteau a été mangé par les invités.";

describe("reviewAsync with a LanguageTool server", () => {
  it("sends prose only (annotated text) and maps matches back to the source", async () => {
    delayMs = 0;
    const r = await reviewAsync(POST, { lang: "fr", config: { languagetool: { url, level: "picky" } } });
    const last = received[received.length - 1];
    expect(last?.language).toBe("fr");
    expect(last?.level).toBe("picky");
    expect(last?.annotation.map((a) => a.text ?? a.markup)).toEqual(["Titre", "\n\n", "Un texte \uFFFC ici.", "\n\n", "Le gâteau a été mangé par les invités."]);
    const f = r.findings.find((x) => x.ruleId === "grammar/languagetool");
    expect(f).toMatchObject({ actual: "a été mangé", line: 5, column: 11, suggestions: ["a mangé"], severity: "warning" });
    expect(f?.message).toMatch(/\(LanguageTool PASSIVE_FR\)$/);
  });
  it("degrades to one warning when the server is too slow", async () => {
    delayMs = 400;
    const r = await reviewAsync(POST, { lang: "fr", config: { languagetool: { url, level: "default", timeoutMs: 100 } } });
    const f = r.findings.filter((x) => x.ruleId === "grammar/languagetool");
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/did not answer within 100 ms/);
    expect(r.findings.some((x) => x.ruleId !== "grammar/languagetool")).toBe(true);
    delayMs = 0;
  });
  it("degrades to one warning when the server is down", async () => {
    const r = await reviewAsync(POST, { lang: "fr", config: { languagetool: { url: "http://127.0.0.1:9", level: "default", timeoutMs: 1000 } } });
    expect(r.findings.filter((x) => x.ruleId === "grammar/languagetool").map((x) => x.message)).toEqual([expect.stringMatching(/unreachable/)]);
  });
  it("is off unless configured", async () => {
    const before = received.length;
    const r = await reviewAsync(POST, { lang: "fr" });
    expect(received.length).toBe(before);
    expect(r.findings.some((x) => x.ruleId === "grammar/languagetool")).toBe(false);
  });
});
