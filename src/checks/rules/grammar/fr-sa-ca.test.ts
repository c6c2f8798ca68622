import { rule } from "./fr-sa-ca.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Ça va ? Elle reprit sa marche. La SA a joué un rôle. Il a pris sa voiture et sa valise." },
    { lang: "fr", text: "C'est comme ça. Il l'a fait pour sa mère, à sa façon." },
  ],
  invalid: [
    { lang: "fr", text: "Sa va mieux.", findings: [{ actual: "Sa", column: 1, message: "« Sa » → « Ça » (pronom démonstratif)." }], output: "Ça va mieux." },
    { lang: "fr", text: "C'est comme sa. Je crois que sa me plaît.", findings: [{ actual: "sa", column: 13 }, { actual: "sa", column: 30 }], output: "C'est comme ça. Je crois que ça me plaît." },
  ],
});
