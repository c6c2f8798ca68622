import { rule } from "./exclamation.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "Great news!" }, { lang: "fr", text: "Bonne nouvelle !" }],
  invalid: [
    { lang: "en", text: "Huge sale!!!", findings: [{ actual: "!!!" }], output: "Huge sale!" },
    { lang: "fr", text: "Vraiment ?!!", findings: [{ actual: "?!!" }], output: "Vraiment ?" },
  ],
});
