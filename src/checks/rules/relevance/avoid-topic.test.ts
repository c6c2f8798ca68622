import { rule } from "./avoid-topic.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const config = { audience: { topics: ["content strategy", "stratégie de contenu"], avoid: ["crypto", "giveaway", "jeu concours"] } };

testRule(rule, {
  valid: [
    { lang: "en", config, text: "A content strategy starts with the questions your customers ask." },
    { lang: "fr", config, text: "Une stratégie de contenu part des questions de vos clients." },
  ],
  invalid: [
    { lang: "en", config, text: "Join our crypto giveaway this week!", findings: [{ actual: "crypto", message: 'Topic to avoid for your audience: "crypto".' }, { actual: "giveaway" }] },
    { lang: "fr", config, text: "Participez à notre grand jeu concours d'été.", findings: [{ actual: "jeu concours", message: "Sujet à éviter pour votre public : « jeu concours »." }] },
  ],
});
