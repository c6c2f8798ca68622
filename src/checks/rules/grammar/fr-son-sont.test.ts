import { rule } from "./fr-son-sont.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Ils sont chez son ami. Quelles en sont les conséquences ? Ils en sont reconnaissants. Où sont-ils ?" },
  ],
  invalid: [
    { lang: "fr", text: "Il va chez sont ami.", findings: [{ actual: "sont", column: 12, message: "« sont » → « son » (déterminant possessif)." }], output: "Il va chez son ami." },
  ],
});
