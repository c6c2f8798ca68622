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
    { lang: "en", text: "That is an echo is an echo", findings: [{ actual: "is an echo is an echo", message: 'Repeated words: "is an echo".' }], output: "That is an echo" },
    { lang: "en", text: "You should know that that that was wrong.", findings: [{ actual: "that that" }] },
    { lang: "fr", text: "Il faut publier moins publier moins souvent.", findings: [{ actual: "publier moins publier moins" }], output: "Il faut publier moins souvent." },
  ],
});
