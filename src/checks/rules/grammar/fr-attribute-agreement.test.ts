import { rule } from "./fr-attribute-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il est fragile. Elle est partie. Ils sont contents. Elles sont prêtes. Je suis heureux." },
    { lang: "fr", text: "Elle s'est rendu compte de tout. Pierre et elle étaient fiancés. Ils sont bien sûr ressortis. Il a été mis à l'amende." },
    { lang: "fr", text: "Ils sont plus nombreux ; elle est tout feu ; ils sont légion." },
  ],
  invalid: [
    { lang: "fr", text: "Je suis contents.", findings: [{ actual: "contents", message: "Accord : « Je … contents » → « content »." }], output: "Je suis content." },
    { lang: "fr", text: "Elle est prêt à partir.", findings: [{ actual: "prêt" }], output: "Elle est prête à partir." },
    { lang: "fr", text: "Elle n'est pas petits.", findings: [{ actual: "petits" }], output: "Elle n'est pas petite." },
    { lang: "fr", text: "Ils sont parti hier.", findings: [{ actual: "parti" }], output: "Ils sont partis hier." },
    { lang: "fr", text: "Elles sont affamé.", findings: [{ actual: "affamé" }], output: "Elles sont affamées." },
    { lang: "fr", text: "Ils sont la, enfin.", findings: [{ actual: "la", message: "« la » → « là » (adverbe de lieu)." }], output: "Ils sont là, enfin." },
  ],
});
