import { rule } from "./long-sentence.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const words = (n: number, w: string) => w[0]?.toUpperCase() + w.slice(1) + Array.from({ length: n - 1 }, () => " " + w).join("") + ".";

testRule(rule, {
  valid: [
    { lang: "en", text: words(30, "word") },
    { lang: "fr", text: words(35, "mot") },
  ],
  invalid: [
    { lang: "en", text: "Short one. " + words(31, "word"), findings: [{ message: "Long sentence: 31 words (at most 30). Split it.", column: 12 }] },
    { lang: "fr", text: words(36, "mot"), findings: [{ message: "Phrase trop longue : 36 mots (35 au plus). Coupez-la en deux." }] },
  ],
});
