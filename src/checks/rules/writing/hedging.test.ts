import { rule } from "./hedging.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "This is a good test." }, { lang: "fr", text: "C'est un bon test." }],
  invalid: [
    { lang: "en", text: "I would argue that this is a good test.", findings: [{ actual: "I would argue that", severity: "warning" }] },
    { lang: "fr", text: "Il me semble que le test est bon.", findings: [{ actual: "Il me semble que" }] },
  ],
});
