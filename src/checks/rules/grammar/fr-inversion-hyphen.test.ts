import { rule } from "./fr-inversion-hyphen.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Pouvons-nous commencer ? A-t-il répondu ? Viennent-ils demain ? Que fait-on ?" },
    { lang: "fr", text: "Venez vous asseoir. Allons nous promener. Veuillez vous adresser à l'accueil." },
    { lang: "fr", text: "Nous pouvons nous adapter, vous voulez vous inscrire et les actions nous aident." },
    { lang: "fr", text: "Mais tu viens ? Alors il part ? Comment il fait ? Chez vous, il y a tout." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "Pouvons nous commencer ? Que pensez vous de cette offre ?",
      findings: [
        { actual: "Pouvons nous", column: 1, message: "« Pouvons nous » → « Pouvons-nous » (inversion du sujet)." },
        { actual: "pensez vous", column: 30 },
      ],
      output: "Pouvons-nous commencer ? Que pensez-vous de cette offre ?",
    },
    {
      lang: "fr",
      text: "Le produit est il disponible ? Comment va il ? Viendront ils ?",
      findings: [{ actual: "est il" }, { actual: "va il" }, { actual: "Viendront ils" }],
      output: "Le produit est-il disponible ? Comment va-t-il ? Viendront-ils ?",
    },
    {
      lang: "fr",
      text: "Où a t’il mis le dossier ? Que vient-t-il faire ? A-t elle fini ?",
      findings: [{ actual: " t’", column: 5 }, { actual: "-t-" }, { actual: "-t " }],
      output: "Où a-t-il mis le dossier ? Que vient-il faire ? A-t-elle fini ?",
    },
  ],
});
