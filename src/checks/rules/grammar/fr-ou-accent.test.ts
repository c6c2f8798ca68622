import { rule } from "./fr-ou-accent.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Le jour où il est venu, nous étions là. Thé ou café ? Un jour ou l'autre, il reviendra." },
    { lang: "fr", text: "Par où passer ? D'où vient-il ? Il ira n'importe où. Ou peut-être pas. Partez-vous ou restez-vous ?" },
    { lang: "fr", text: "Pose ça là ou je me fâche. Ils viendront demain ou il pleuvra." },
  ],
  invalid: [
    { lang: "fr", text: "Au moment ou il partait, elle arriva.", findings: [{ actual: "ou", column: 11, message: "« ou » → « où » (pronom relatif ou adverbe de lieu)." }], output: "Au moment où il partait, elle arriva." },
    { lang: "fr", text: "Je ne sais pas par ou commencer ni d'ou il vient.", findings: [{ actual: "ou", column: 20 }, { actual: "ou", column: 38 }], output: "Je ne sais pas par où commencer ni d'où il vient." },
    { lang: "fr", text: "Ou va-t-elle ?", findings: [{ actual: "Ou", column: 1 }], output: "Où va-t-elle ?" },
  ],
});
