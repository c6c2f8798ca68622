import { rule } from "./fr-ordinals.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Le 1er janvier, la 1re édition, le 2e étage, la 2de place, le XIXe siècle, François Ier." },
    { lang: "fr", text: "Il part en Inde puis aux Indes. Lier les deux. Le Xe arrondissement." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "C'est la 3ème fois au XIXème siècle, le 2nd essai.",
      findings: [
        { actual: "3ème", column: 10, message: "« 3ème » → « 3e » (abréviation de l’ordinal)." },
        { actual: "XIXème", column: 23 },
        { actual: "2nd", column: 41 },
      ],
      output: "C'est la 3e fois au XIXe siècle, le 2d essai.",
    },
    {
      lang: "fr",
      text: "La 1ière place et les 5 èmes classes, puis la 1ème.",
      findings: [{ actual: "1ière" }, { actual: "5 èmes" }, { actual: "1ème", message: "« 1ème » → « 1er » ou « 1re » (abréviation de l’ordinal)." }],
      output: "La 1re place et les 5es classes, puis la 1ème.",
    },
  ],
});
