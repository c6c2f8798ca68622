import { rule } from "./artifact.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "7,000,000 impressions served." }, { lang: "fr", text: "Élégante déjà à côté." }],
  invalid: [
    { lang: "fr", text: "1e marginal de l'année 2O11.", findings: [{ actual: "1e" }, { actual: "2O11" }], output: "le marginal de l'année 2O11." },
    // Seed 002.
    { lang: "fr", text: "7,000,000 XNUMX XNUMX d'impressions diffusées", findings: [{ actual: "XNUMX", column: 11 }, { actual: "XNUMX", column: 17 }] },
    { lang: "fr", text: "Une stratÃ©gie", findings: [{ actual: "Ã©", message: "Texte abîmé (encodage cassé) : « Ã© »." }] },
    { lang: "en", text: "It\u2019s donâ€™t", findings: [{ actual: "â€™" }] },
  ],
});
