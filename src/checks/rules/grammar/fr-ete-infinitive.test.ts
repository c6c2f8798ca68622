import { rule } from "./fr-ete-infinitive.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Je suis allé manger. Il a été reçu. Elle a été manger-dehors? Nous avons été le dîner de la veille. Il a été un dîner." },
  ],
  invalid: [
    { lang: "fr", text: "J'ai été manger au restaurant.", findings: [{ actual: "ai été manger", message: "« ai été manger » : « être » au sens d'« aller » est familier ; « aller » à la place (« je suis allé manger »)." }] },
    { lang: "fr", text: "Ils ont été voir le client.", findings: [{ actual: "ont été voir" }] },
  ],
});
