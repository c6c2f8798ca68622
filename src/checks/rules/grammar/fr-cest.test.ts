import { rule } from "./fr-cest.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Ces gens sont là. Ses pas de danse. C'est comme la peste. Ses amis, ces livres." },
  ],
  invalid: [
    { lang: "fr", text: "Ces comme la peste.", findings: [{ actual: "Ces", column: 1, message: "« Ces » → « C'est » (« ces » et « ses » se placent devant un nom pluriel)." }], output: "C'est comme la peste." },
    { lang: "fr", text: "Le problème, ses que nous jugeons vite.", findings: [{ actual: "ses", column: 14 }], output: "Le problème, c'est que nous jugeons vite." },
  ],
});
