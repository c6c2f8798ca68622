import { rule } from "./fr-a-accent.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il a mangé à midi. Grâce à vous, il y a du progrès. À partir de demain, elle a le choix." },
    { lang: "fr", text: "Il a à peine commencé ; on a la fois prochaine ; il a à cause de toi perdu." },
  ],
  invalid: [
    { lang: "fr", text: "Il à mangé trop vite.", findings: [{ actual: "à", message: "« à » → « a » (verbe avoir)." }], output: "Il a mangé trop vite." },
    { lang: "fr", text: "Grâce a vous, il y à du progrès.", findings: [{ actual: "a", column: 7 }, { actual: "à", column: 20 }], output: "Grâce à vous, il y a du progrès." },
    { lang: "fr", text: "A partir de demain, tout change.", findings: [{ actual: "A", message: "« A » → « À » (préposition)." }], output: "À partir de demain, tout change." },
  ],
});
