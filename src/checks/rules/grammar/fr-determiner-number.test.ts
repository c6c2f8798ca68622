import { rule } from "./fr-determiner-number.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les chats et des chiens. On les mange. Je les lui donne. Les manger est un plaisir. Les tout débuts." },
    { lang: "fr", text: "Vos nom et prénom. Les étudiant·e·s. Les bac +2. Avec ces quelque 70 euros. Les SA et les ONG. Tout les sépare." },
  ],
  invalid: [
    { lang: "fr", text: "Il a vu les chat du voisin.", findings: [{ actual: "chat", column: 13, message: "Accord : « les chat » — le nom doit être au pluriel (« chats »)." }], output: "Il a vu les chats du voisin." },
    { lang: "fr", text: "Plusieurs femme sont venues avec quelques homme.", findings: [{ actual: "femme", column: 11 }, { actual: "homme", column: 43 }], output: "Plusieurs femmes sont venues avec quelques hommes." },
  ],
});
