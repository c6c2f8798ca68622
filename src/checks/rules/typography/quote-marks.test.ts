import { rule } from "./quote-marks.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "L'homme qu'il « aime » n'est pas là. “Bonjour”, dit-il. Aujourd’hui c’est l’été. Le signe « ! » et le signe “…”." },
    { lang: "fr", text: "J'en ai '''marre''' (syntaxe wiki)." },
    // English opens words with an apostrophe: ’90s, 'em.
    { lang: "en", text: "Back in the ’90s we told 'em “no” and meant it." },
  ],
  invalid: [
    { lang: "fr", text: "Eux et leurs ”amis” sont finis.", findings: [{ actual: "”", message: "« ” » ouvre la citation : « “ »." }] },
    { lang: "fr", text: "Vos “amis“ et vous.", findings: [{ actual: "“", column: 10 }] },
    { lang: "fr", text: "Le ‘‘barbare’’ dont il faut se défendre.", findings: [{ actual: "‘‘" }, { actual: "’’" }] },
    { lang: "fr", text: "Vos prétendues “ excuses” ne trompent personne.", findings: [{ actual: " ", message: "Pas d'espace à l'intérieur de « “ ” »." }] },
    { lang: "fr", text: "Dans les ’beaux quartiers’ de la ville.", findings: [{ actual: "’", column: 10 }] },
    { lang: "fr", text: "« Le grand homme«", findings: [{ actual: "«", column: 17 }] },
  ],
});
