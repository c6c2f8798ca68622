import { rule } from "./fr-determiner-singular.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Je leur donnes raison. Tu leur livres tout. Aucun ne vient. Un match nul points compris. Ils leur usines des pièces." },
    { lang: "fr", text: "Le chat dort. Un pays, le temps, le bras : des mots invariables. Je la porte." },
    { lang: "fr", text: "Vingt et un jours, les mille et une nuits, le porte-outils." },
  ],
  invalid: [
    { lang: "fr", text: "Le chats dort.", findings: [{ actual: "Le chats", message: "Accord : « Le chats » — le nom doit être au singulier (« chat »)." }], output: "Le chat dort." },
    { lang: "fr", text: "Nous publions une articles par semaine.", findings: [{ actual: "une articles" }], output: "Nous publions une article par semaine." },
    { lang: "fr", text: "Dans leur usines.", findings: [{ actual: "leur usines" }], output: "Dans leur usine." },
    { lang: "fr", text: "Aucun accords n'y changera rien.", findings: [{ actual: "Aucun accords" }], output: "Aucun accord n'y changera rien." },
    { lang: "fr", text: "Ce chevaux est rapide.", findings: [{ actual: "Ce chevaux" }], output: "Ce cheval est rapide." },
  ],
});
