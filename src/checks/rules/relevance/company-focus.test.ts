import { rule } from "./company-focus.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "You know your customers. Your next post should answer the question they asked you last week. We can help if you want." },
    { lang: "fr", text: "Vous connaissez vos clients. Votre prochain article doit répondre à la question qu'ils vous ont posée. Nous pouvons vous aider." },
  ],
  invalid: [
    {
      lang: "en",
      text: "We are proud of our team. Our results speak for us: we grew our revenue and we won our biggest client.",
      findings: [{ message: 'Company-focused: "we/our" 8 times, "you/your" 0 times. Say what the reader gets.', line: 1, column: 1 }],
    },
    {
      lang: "fr",
      text: "Nous sommes fiers de notre équipe. Nos résultats parlent pour nous : nous avons doublé notre chiffre d'affaires.",
      findings: [{ message: "Centré sur vous-même : « nous/notre » 6 fois, « vous/votre » 0 fois. Parlez de ce que le lecteur y gagne." }],
    },
  ],
});
