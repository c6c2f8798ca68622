import { rule } from "./fr-noun-adjective-number.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Des chats noirs et un chat noir. Des robes marron. Des cheveux blond platine." },
    { lang: "fr", text: "Les gouvernements espagnol et mexicain ont signé. Ils ont l'air contents. Une répartition des revenus judicieuse." },
    { lang: "fr", text: "Des vêtements grande taille, les hommes haut placés, des filles un peu pâles." },
    // Adverbials of time and pronouns: the adjective goes with the subject.
    { lang: "fr", text: "Il resta quelques instants immobile. Ce ne sera pas tous les jours facile. Ils sont l'un à l'autre fidèles." },
    { lang: "fr", text: "Ils sont de nouveau prêts. De bon cœur. De grands hommes. De bonne heure. De vieux amis. De faux papiers." },
    { lang: "fr", text: "Des pommes vert pomme. Les produits chimiques." },
  ],
  invalid: [
    { lang: "fr", text: "Nous aimons les idées nouvelle.", findings: [{ actual: "nouvelle", message: "Accord : « les idées nouvelle » — l'adjectif doit être au pluriel (« nouvelles »)." }], output: "Nous aimons les idées nouvelles." },
    { lang: "fr", text: "C'est un homme arrogants.", findings: [{ actual: "arrogants" }], output: "C'est un homme arrogant." },
    { lang: "fr", text: "Voici une stratégie nouvelles.", findings: [{ actual: "nouvelles" }], output: "Voici une stratégie nouvelle." },
    { lang: "fr", text: "Ils ont de grandes oreille.", findings: [{ actual: "grandes oreille", message: "Accord : « grandes oreille » — l'adjectif et le nom doivent avoir le même nombre (« grandes oreilles »)." }] },
    { lang: "fr", text: "C'est un homme futiles.", findings: [{ actual: "futiles" }], output: "C'est un homme futile." },
    { lang: "fr", text: "Voici le petit chien bruns.", findings: [{ actual: "bruns", message: "Accord : « le chien bruns » — l'adjectif doit être au singulier (« brun »)." }], output: "Voici le petit chien brun." },
  ],
});
