import { rule } from "./fr-plural-subject-verb.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Elles ou ils ne t'écoutent pas non plus." },
    { lang: "fr", text: "Ils même ont ri ; elles seules savent ; ils se parlent." },
  ],
  invalid: [
    // Seed 001.
    { lang: "fr", text: "je veux dire, elles ou ils ne t’écoute pas non plus !", findings: [{ actual: "écoute", message: "Accord : « ils … écoute » — le verbe doit être au pluriel (« écoutent »)." }], output: "je veux dire, elles ou ils ne t’écoutent pas non plus !" },
    { lang: "fr", text: "Elles mange trop.", findings: [{ actual: "mange" }] },
  ],
});
