import { rule } from "./fr-determiner-number.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les chats et des chiens. On les mange. Je les lui donne. Les manger est un plaisir. Les tout débuts." },
    { lang: "fr", text: "Certains font grève. Certaines saisissant la main. Certains restant debout. Certains pensent que oui." },
    { lang: "fr", text: "Nous avions tous les deux besoin de repos. Ils font tous deux partie du club. Le chapitre deux. Vingt sur vingt. Le deux mai. Quoi de neuf chez vous ? En deux fort bons endroits." },
    { lang: "fr", text: "Vos nom et prénom. Les étudiant·e·s. Les bac +2. Avec ces quelque 70 euros. Les SA et les ONG. Tout les sépare." },
  ],
  invalid: [
    { lang: "fr", text: "Il a vu les chat du voisin.", findings: [{ actual: "les chat", column: 9, message: "Accord : « les chat » — le nom doit être au pluriel (« chats »)." }], output: "Il a vu les chats du voisin." },
    { lang: "fr", text: "Plusieurs femme sont venues avec quelques homme.", findings: [{ actual: "Plusieurs femme", column: 1 }, { actual: "quelques homme", column: 34 }], output: "Plusieurs femmes sont venues avec quelques hommes." },
    { lang: "fr", text: "Il a abandonné neuf enfant.", findings: [{ actual: "neuf enfant", message: "Accord : « neuf enfant » — le nom doit être au pluriel (« enfants »)." }], output: "Il a abandonné neuf enfants." },
    { lang: "fr", text: "Certains chien aboient.", findings: [{ actual: "Certains chien" }], output: "Certains chiens aboient." },
    { lang: "fr", text: "Ce sont trois idiot.", findings: [{ actual: "trois idiot" }], output: "Ce sont trois idiots." },
  ],
});
