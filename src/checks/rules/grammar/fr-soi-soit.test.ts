import { rule } from "./fr-soi-soit.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Quoi qu'il en soit, il rentre chez soi. Cela va de soi. Afin qu'il ne soit pas en retard. Soit dit en passant." },
  ],
  invalid: [
    { lang: "fr", text: "Il rentre chez soit.", findings: [{ actual: "soit", column: 16, message: "« soit » → « soi » (pronom personnel)." }], output: "Il rentre chez soi." },
    { lang: "fr", text: "Cela va de soit. Ne soit pas en retard !", findings: [{ actual: "soit", column: 12 }, { actual: "soit", column: 21 }], output: "Cela va de soi. Ne sois pas en retard !" },
  ],
});
