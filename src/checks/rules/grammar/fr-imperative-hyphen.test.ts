import { rule } from "./fr-imperative-hyphen.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Contactez-nous pour une démo. Venez nous voir au salon. Donne le livre à Paul." },
    { lang: "fr", text: "Parlez en public sans crainte. Nous vous contactons demain. Il nous écrit souvent." },
    { lang: "fr", text: "Inscrivez vous aujourd'hui, allez y jeter un œil." },
  ],
  invalid: [
    { lang: "fr", text: "Contactez nous pour une démo.", findings: [{ actual: "Contactez nous", message: "« Contactez nous » → « Contactez-nous » (impératif et pronom)." }], output: "Contactez-nous pour une démo." },
    { lang: "fr", text: "Pour en savoir plus, rejoignez nous sur LinkedIn.", findings: [{ actual: "rejoignez nous" }], output: "Pour en savoir plus, rejoignez-nous sur LinkedIn." },
    { lang: "fr", text: "Dis moi tout, et allons y.", findings: [{ actual: "Dis moi" }, { actual: "allons y" }], output: "Dis-moi tout, et allons-y." },
  ],
});
