import { rule } from "./fr-peu-peut.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Peu importe. Il en reste un peu. Il est guéri et peut de nouveau travailler. Il peut être là, peut-être." },
  ],
  invalid: [
    { lang: "fr", text: "Mais peut importe le prix.", findings: [{ actual: "peut", column: 6, message: "« peut » → « peu » (adverbe de quantité)." }], output: "Mais peu importe le prix." },
    { lang: "fr", text: "Peut de gens le savent ; il viendra peu être.", findings: [{ actual: "Peut", column: 1 }, { actual: "peu être", column: 37 }], output: "Peu de gens le savent ; il viendra peut-être." },
  ],
});
