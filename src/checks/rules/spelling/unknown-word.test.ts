import { describe, expect, it } from "vitest";
import { dictionary } from "../../spelling/dictionaries.js";
import { rule } from "./unknown-word.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

describe("dictionaries", () => {
  it("know inflected and irregular forms through affix rules", () => {
    const fr = dictionary("fr");
    for (const w of ["médias", "stratégiques", "publions", "écoutent", "sont", "suis", "été", "aujourd'hui", "aujourd’hui", "œuvre", "oeuvre"]) expect(fr.check(w), w).toBe(true);
    // Units take their plural through a prefix's continuation class (« ampère/Um », prefixes "" and « centi/S. »).
    for (const w of ["ampères", "centimètres", "kilowatts", "kelvins"]) expect(fr.check(w), w).toBe(true);
    for (const w of ["ampèress", "centimètress"]) expect(fr.check(w), w).toBe(false);
    const en = dictionary("en");
    for (const w of ["running", "strategies", "don't", "happily", "audiences"]) expect(en.check(w), w).toBe(true);
  });
  it("suggest corrections", () => {
    expect(dictionary("en").suggest("recieve")).toContain("receive");
    expect(dictionary("fr").suggest("marketting")).toContain("marketing");
  });
});

testRule(rule, {
  valid: [
    { lang: "en", text: "Know who you write for, and don't post twice." },
    { lang: "fr", text: "L'équipe d'aujourd'hui publie une œuvre utile pour vous." },
    // Inclusive writing and typographic ligatures.
    { lang: "fr", text: "Les chef·fe·s et les étudiant·e·s se reﬂétant dans l'eau." },
    // Proper nouns inside a sentence, capitals, hashtags, mentions, URLs and numbers are not checked.
    { lang: "en", text: "We met Jonathan Salem Baskin at SMMW with @ana #contentstrat 3x https://x.example/qwxz" },
    { lang: "fr", config: { vocabulary: ["Martech"], brand: { names: ["Clairvoy"] } }, text: "Martech et clairvoy sont ici." },
  ],
  invalid: [
    { lang: "en", text: "I recieve teh newsletter.", findings: [{ actual: "recieve", message: 'Unknown word: "recieve".' }, { actual: "teh" }] },
    // Seed 002.
    { lang: "fr", text: "Nous n'avons pas encore découvert l'algorithme magique pour puiser dans la psychie sociale.", findings: [{ actual: "psychie", message: "Mot inconnu : « psychie »." }] },
  ],
});

testRule(rule, {
  valid: [{ lang: "en", text: "Our organisation recognised the colour of the centre; we travelled and analysed the catalogue." }],
});
