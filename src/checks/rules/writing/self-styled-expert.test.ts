import { rule } from "./self-styled-expert.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "Our team has run 200 campaigns." }, { lang: "fr", text: "Notre équipe a mené 200 campagnes." }],
  invalid: [
    { lang: "en", text: "Meet our social media ninja.", findings: [{ actual: "social media ninja" }] },
    { lang: "fr", text: "Les experts des médias sociaux ne savent pas écrire.", findings: [{ actual: "experts des médias sociaux" }] },
  ],
});
