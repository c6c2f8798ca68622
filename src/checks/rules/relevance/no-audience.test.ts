import { rule } from "./no-audience.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", config: { audience: { topics: ["content strategy"] } }, text: "A post about content strategy." },
    { lang: "fr", config: { audience: { topics: ["stratégie"] } }, text: "Un article sur la stratégie." },
  ],
  invalid: [
    { lang: "en", text: "A post without a declared audience.", findings: [{ message: "No audience declared (audience.topics): relevance was not checked.", severity: "info" }] },
    { lang: "fr", text: "Un article sans public déclaré.", findings: [{ message: /^Aucun public déclaré/ }] },
  ],
});
