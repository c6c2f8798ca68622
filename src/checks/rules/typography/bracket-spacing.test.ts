import { rule } from "./bracket-spacing.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "C'est (enfin) parti. Les ami(e)s et le(s) client(s) :( sont là [voir plus haut]." },
    { lang: "en", text: "The file(s) (see below) are ready :( [citation needed]." },
  ],
  invalid: [
    { lang: "fr", text: "C'est pas trop tôt ( on a failli attendre).", findings: [{ actual: " ", message: "Pas d'espace après « ( »." }], output: "C'est pas trop tôt (on a failli attendre)." },
    { lang: "fr", text: "C'est (enfin ) parti.", findings: [{ actual: " ", message: "Pas d'espace avant « ) »." }], output: "C'est (enfin) parti." },
    { lang: "en", text: "See [ the notes] first.", findings: [{ actual: " " }], output: "See [the notes] first." },
    {
      lang: "fr",
      text: "C'est au fond du couloir(celui du deuxième étage)qu'il se trouve.",
      findings: [{ actual: "(", message: "Une espace avant « ( »." }, { actual: ")", message: "Une espace après « ) »." }],
      output: "C'est au fond du couloir (celui du deuxième étage) qu'il se trouve.",
    },
  ],
});
