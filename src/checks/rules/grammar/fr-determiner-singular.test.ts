import { rule } from "./fr-determiner-singular.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Le chat dort. Un pays, le temps, le bras : des mots invariables. Je la porte." },
    { lang: "fr", text: "Vingt et un jours, les mille et une nuits, le porte-outils." },
  ],
  invalid: [
    { lang: "fr", text: "Le chats dort.", findings: [{ actual: "Le chats", message: "Accord : « Le chats » — le nom doit être au singulier (« chat »)." }], output: "Le chat dort." },
    { lang: "fr", text: "Nous publions une articles par semaine.", findings: [{ actual: "une articles" }], output: "Nous publions une article par semaine." },
    { lang: "fr", text: "Ce chevaux est rapide.", findings: [{ actual: "Ce chevaux" }], output: "Ce cheval est rapide." },
  ],
});
