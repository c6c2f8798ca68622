import { describe, expect, it } from "vitest";
import { readability, syllables } from "../../readability/index.js";
import { rule } from "./readability.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

describe("syllables", () => {
  it("counts English syllables", () => {
    expect(["cat", "table", "make", "banana", "readability"].map((w) => syllables(w, "en"))).toEqual([1, 2, 1, 3, 5]);
  });
  it("counts French syllables", () => {
    expect(["chat", "table", "parlent", "stratégie", "public"].map((w) => syllables(w, "fr"))).toEqual([1, 1, 1, 3, 2]);
  });
  it("uses each language's formula", () => {
    expect(readability(100, 10, 150, "en")?.formula).toBe("flesch");
    expect(readability(100, 10, 150, "en")?.score).toBeCloseTo(69.8, 1);
    expect(readability(100, 10, 150, "fr")?.formula).toBe("kandel-moles");
    expect(readability(100, 10, 150, "fr")?.score).toBeCloseTo(86.5, 0);
  });
});

const plainEn = "You know your readers. Ask them what they need. Write one short post a week. Keep what works. Drop the rest. ".repeat(6);
const hardEn = "Organizational communication methodologies necessitate comprehensive institutionalization of interdepartmental collaborative infrastructures, notwithstanding considerable implementation difficulties. ".repeat(8);
const plainFr = "Vous connaissez vos lecteurs. Demandez-leur ce qu'ils veulent. Écrivez un court billet par semaine. Gardez ce qui marche. ".repeat(6);
const hardFr = "L'institutionnalisation organisationnelle des méthodologies communicationnelles interdépartementales nécessite une considérable réorganisation infrastructurelle collaborative. ".repeat(8);

testRule(rule, {
  valid: [{ lang: "en", text: plainEn }, { lang: "fr", text: plainFr }],
  invalid: [
    { lang: "en", text: hardEn, findings: [{ message: /^Hard to read: Flesch -?\d+/, severity: "warning" }] },
    { lang: "fr", text: hardFr, findings: [{ message: /^Lisibilité faible : Kandel–Moles -?\d+/, severity: "warning" }] },
  ],
});
