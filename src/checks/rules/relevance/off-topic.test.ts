import { rule } from "./off-topic.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const audience = {
  audience: {
    topics: ["social media strategy", "content strategy", "audience", "stratégie de contenu", "réseaux sociaux", "public cible"],
    questions: ["how often should we post", "à quelle fréquence publier"],
  },
};

testRule(rule, {
  valid: [
    { lang: "en", config: audience, text: "A content strategy starts with your audience. Ask how often they want to hear from you, then plan your social media strategy around their questions." },
    { lang: "fr", config: audience, text: "Une stratégie de contenu sur les réseaux sociaux commence par votre public cible : à quelle fréquence veut-il vous lire ?" },
    // No audience declared: nothing to measure against (relevance/no-audience says so).
    { lang: "en", text: "Our new espresso machine brews in thirty seconds and cleans itself." },
  ],
  invalid: [
    {
      lang: "en",
      config: audience,
      text: "Our new espresso machine brews a perfect cup in thirty seconds. It cleans itself after every use and fits on any counter.",
      findings: [{ message: /^Off-topic for your audience \(relevance \d+\/100 < 40\)/, line: 1, column: 1 }],
    },
    {
      lang: "fr",
      config: audience,
      text: "Notre nouvelle machine à café prépare une tasse parfaite en trente secondes. Elle se nettoie seule après chaque utilisation.",
      findings: [{ message: /^Hors sujet pour votre public \(pertinence \d+\/100 < 40\)/ }],
    },
  ],
});
