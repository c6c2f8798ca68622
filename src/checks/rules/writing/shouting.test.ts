import { rule } from "./shouting.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Our SEO and ROI numbers for B2B clients." },
    { lang: "fr", text: "Le ROI des PME sur le SEO." },
    { lang: "en", text: "Use code SPRING at checkout." },
  ],
  invalid: [
    { lang: "fr", text: "Ils comprennent PUSH, BIG, NOW, SALE, FREE, DANCE !", findings: [{ actual: "PUSH, BIG, NOW, SALE, FREE, DANCE", message: "Majuscules criardes : « PUSH, BIG, NOW, SALE, FREE, DANCE »." }] },
    { lang: "fr", text: "Aider les gens devrait TOUJOURS venir en premier.", findings: [{ actual: "TOUJOURS" }] },
    { lang: "en", text: "BUY NOW and save.", findings: [{ actual: "BUY NOW" }] },
  ],
});
