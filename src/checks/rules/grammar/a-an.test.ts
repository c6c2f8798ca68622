import { rule } from "./a-an.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "An hour, a university, an SEO audit, a URL, an honest answer, a one-off, an 8-step plan." },
    { lang: "en", text: "Plan A is fine." },
  ],
  invalid: [
    { lang: "en", text: "It was a error and an mistake.", findings: [{ actual: "a", message: 'Use "an" before "error".' }, { actual: "an", message: 'Use "a" before "mistake".' }], output: "It was an error and a mistake." },
    { lang: "en", text: "A apple a day.", findings: [{ actual: "A" }], output: "An apple a day." },
  ],
});
