import { rule } from "./fr-quelle.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Quelle est sa passion ? Je sais quelle route prendre, je sais quelle est la réponse, je pense quelle est la meilleure. Je crois qu'elle est partie. Quelles sont les conséquences ?" },
  ],
  invalid: [
    { lang: "fr", text: "Je crois quelle est partie.", findings: [{ actual: "quelle", column: 10, message: "« quelle » → « qu'elle » (conjonction « que » et pronom « elle »)." }], output: "Je crois qu'elle est partie." },
    { lang: "fr", text: "Il pense quelles sont dangereuses.", findings: [{ actual: "quelles", column: 10 }], output: "Il pense qu'elles sont dangereuses." },
  ],
});
