import { rule } from "./wordy.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Write to answer one question." },
    { lang: "fr", text: "Écrivez pour répondre à une question." },
  ],
  invalid: [
    { lang: "en", text: "In order to grow, post less.", findings: [{ actual: "In order to", message: 'Wordy: "In order to" → "to".' }], output: "To grow, post less." },
    { lang: "fr", text: "Nous écrivons dans le but de vous aider.", findings: [{ actual: "dans le but de", message: "Formulation lourde : « dans le but de » → « pour »." }], output: "Nous écrivons pour vous aider." },
    { lang: "en", text: "The table was rectangular in shape.", findings: [{ actual: "rectangular in shape" }] },
  ],
});
