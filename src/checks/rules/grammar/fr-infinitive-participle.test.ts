import { rule } from "./fr-infinitive-participle.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il a mangé. Elle va manger. Nous voulons partager nos idées pour avancer sans attendre." },
    { lang: "fr", text: "Il est boucher et fier de l'être. Une étude de marché, pour le marché, sans fumée. Je la préfère salée." },
    { lang: "fr", text: "Ce travail a pour mission de tout changer ; il sera tenu pour achevé." },
  ],
  invalid: [
    { lang: "fr", text: "Il a donner sa vie pour elle.", findings: [{ actual: "donner", message: "« donner » → « donné » (participe passé après l'auxiliaire)." }], output: "Il a donné sa vie pour elle." },
    { lang: "fr", text: "Je ne lui ai rien demander.", findings: [{ actual: "demander", column: 19 }], output: "Je ne lui ai rien demandé." },
    { lang: "fr", text: "Il devait utilisé son temps.", findings: [{ actual: "utilisé", message: "« utilisé » → « utiliser » (infinitif après le verbe conjugué)." }], output: "Il devait utiliser son temps." },
    { lang: "fr", text: "Notre outil a était pensé pour vous.", findings: [{ actual: "était", message: "« était » → « été » (participe passé après l'auxiliaire)." }], output: "Notre outil a été pensé pour vous." },
    { lang: "fr", text: "Sont-ils déjà arriver ?", findings: [{ actual: "arriver", message: "« arriver » → « arrivés » (participe passé après « être »)." }], output: "Sont-ils déjà arrivés ?" },
    { lang: "fr", text: "Il faut manger pour vivre, pas vivre pour mangé.", findings: [{ actual: "mangé" }], output: "Il faut manger pour vivre, pas vivre pour manger." },
    { lang: "fr", text: "Elle part sans donné de motif.", findings: [{ actual: "donné", message: "« donné » → « donner » (infinitif après « sans »)." }], output: "Elle part sans donner de motif." },
  ],
});
