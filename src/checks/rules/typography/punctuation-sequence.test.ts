import { rule } from "./punctuation-sequence.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Quoi ?! Non !! Des pommes, des poires, etc., et puis… Oui…, oui. Il est 12:30. Ah !, fit-il." },
    { lang: "en", text: "Wait... what?! Apples, pears, etc., and a::before selector." },
  ],
  invalid: [
    { lang: "fr", text: "Vraiment, bof ;; on ne sait.", findings: [{ actual: ";;", message: "Ponctuation en double : « ;; »." }] },
    { lang: "fr", text: "Mouais, . Raisons :. trop.", findings: [{ actual: ":." }] },
    { lang: "fr", text: "C'est ça ?. Tu crois ?", findings: [{ actual: "?." }] },
    { lang: "en", text: "Yes,, really.", findings: [{ actual: ",,", message: 'Doubled punctuation: ",,".' }] },
  ],
});
