import { rule } from "./repeated-word.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Nous nous sommes trompés, vous vous en doutiez." },
    { lang: "en", text: "He had had enough." },
    { lang: "fr", text: "Très, très bien." },
  ],
  invalid: [
    { lang: "en", text: "Paris in the the springtime.", findings: [{ actual: "the the", message: 'Repeated word: "the the".' }], output: "Paris in the springtime." },
    { lang: "fr", text: "Mal compris par les les entreprises.", findings: [{ actual: "les les", message: "Mot répété : « les les »." }], output: "Mal compris par les entreprises." },
  ],
});
