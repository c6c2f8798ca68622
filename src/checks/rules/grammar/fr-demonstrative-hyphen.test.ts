import { rule } from "./fr-demonstrative-hyphen.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "À ce moment-là, ceux-ci sont partis ; jusque-là, tout allait bien." },
    { lang: "fr", text: "Posez ce carton là où il était. Ce sont là des détails. Ce matin la réunion a commencé." },
    { lang: "fr", text: "C'est celle la plus demandée, celui si sensible de la sécurité." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "Ce jour là, ceux ci ont compris que cette offre la, personne ne la refuserait.",
      findings: [
        { actual: "jour là", column: 4, message: "« jour là » → « jour-là » (trait d’union après un démonstratif)." },
        { actual: "ceux ci", column: 13 },
        { actual: "offre la", column: 43 },
      ],
      output: "Ce jour-là, ceux-ci ont compris que cette offre-là, personne ne la refuserait.",
    },
    {
      lang: "fr",
      text: "Ceux la sont prêts, mais ce client-la attendra jusque la.",
      findings: [{ actual: "Ceux la" }, { actual: "client-la" }, { actual: "jusque la" }],
      output: "Ceux-là sont prêts, mais ce client-là attendra jusque-là.",
    },
  ],
});
