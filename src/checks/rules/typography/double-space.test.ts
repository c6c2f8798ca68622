import { rule } from "./double-space.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "One space. Then another." }, { lang: "fr", text: "Une espace. Puis une autre." }],
  invalid: [
    { lang: "en", text: "This is a sentence.   This is another.", findings: [{ actual: "   " }], output: "This is a sentence. This is another." },
    { lang: "fr", text: "Deux  espaces.", findings: [{ message: "Espaces multiples." }], output: "Deux espaces." },
  ],
});
