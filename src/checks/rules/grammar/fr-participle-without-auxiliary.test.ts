import { rule } from "./fr-participle-without-auxiliary.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Je t'en ai parlé. Il ne la lui a pas donnée. On a remué ciel et terre. Elle s'y est intéressée." },
    // Stressed pronouns, inversion without a hyphen, nouns and adjectives.
    { lang: "fr", text: "C'est pour elle réservé. Quand furent elles recrutées ? Elle la pensée, lui l'action. Ils me laissent vous aider." },
    // « on » for « ont », « l'on » after an object pronoun.
    { lang: "fr", text: "Les Allemands on commencé la partie. Ces chiens te l'on donné." },
    // A participle clause set off by a comma; « en » alone at the start is the preposition.
    { lang: "fr", text: "Nous arrivés, la fête commença. En marché couvert, on vend de tout. Y compris les enfants." },
  ],
  invalid: [
    { lang: "fr", text: "On remué beaucoup.", findings: [{ actual: "remué", message: "« remué » → « remue », « remuait » (verbe conjugué après le pronom sujet ; ou auxiliaire manquant)." }] },
    { lang: "fr", text: "Je t'en parlé hier.", findings: [{ actual: "parlé", message: /« parle », « parlais »/u }] },
    { lang: "fr", text: "Il ne la lui donné pas souvent.", findings: [{ actual: "donné" }] },
    { lang: "fr", text: "S'y intéressé, c'est déjà beaucoup.", findings: [{ actual: "intéressé" }] },
    { lang: "fr", text: "Ils me les laissés.", findings: [{ actual: "laissés", message: /« laissent », « laissaient »/u }] },
    { lang: "fr", text: "Il la trouvée.", findings: [{ actual: "trouvée" }] },
    { lang: "fr", text: "Vous qui donner du temps, merci.", findings: [{ actual: "donner", message: "« donner » → « donnez », « donniez » (verbe conjugué après « vous qui »)." }] },
  ],
});
