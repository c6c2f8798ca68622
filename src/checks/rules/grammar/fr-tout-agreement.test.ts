import { rule } from "./fr-tout-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Tous mes hommes, toute la journée, tout le monde, toutes les femmes, tous ceux qui viennent. Tous deux sont partis." },
    // Adverb and pronoun in set phrases.
    { lang: "fr", text: "Malgré tout ces hommes sont revenus. Je n'aime pas du tout la télévision. Les tout premiers jours. Corrige avant tout les erreurs." },
    { lang: "fr", text: "Tout les sépare. Tout la fait pleurer. Je souhaite à tous une bonne année. Ils ont tous le même âge. Toute mon énergie." },
  ],
  invalid: [
    { lang: "fr", text: "Tout mes hommes sont venus.", findings: [{ actual: "Tout", message: "Accord : « Tout mes » → « Tous mes »." }], output: "Tous mes hommes sont venus." },
    { lang: "fr", text: "Tout les femmes sont là.", findings: [{ actual: "Tout" }], output: "Toutes les femmes sont là." },
    { lang: "fr", text: "Elle s'entend avec toute le monde.", findings: [{ actual: "toute" }], output: "Elle s'entend avec tout le monde." },
    { lang: "fr", text: "Toute celles qui viendront.", findings: [{ actual: "Toute" }], output: "Toutes celles qui viendront." },
    { lang: "fr", text: "Tout deux sont partis.", findings: [{ actual: "Tout" }], output: "Tous deux sont partis." },
  ],
});
