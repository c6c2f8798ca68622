import { rule } from "./promotional-post.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const brand = { brand: { names: ["Clairvoy"], domains: ["clairvoy.example"] } };

testRule(rule, {
  valid: [
    { lang: "en", text: "Know who you write for. List the questions your customers asked last quarter. Each one is a post they want to read." },
    { lang: "fr", text: "Avant d'écrire, notez qui doit vous lire. Relisez les questions de vos clients. Chacune mérite un article." },
    // One offer at the end of a useful post is allowed.
    { lang: "en", config: brand, text: "Answer one question per post. Measure what your audience saves. Keep what starts conversations. Drop what only collects likes. Write for people, not for the algorithm. Our audit is 20% off this month." },
  ],
  invalid: [
    {
      lang: "en",
      config: brand,
      text: "Clairvoy is the #1 agency on the market. Save 40% with code FALL40 today only! Sign up now.",
      findings: [{ message: /^Promotional post: 2 of 3 sentences sell \(67%\)/, line: 1, column: 1 }],
    },
    {
      lang: "fr",
      config: brand,
      text: "Profitez de -50 % sur tous nos forfaits avec le code PROMO50. Dernière chance : jeu concours jusqu'à dimanche !",
      findings: [{ message: /^Publication promotionnelle : 2 phrase\(s\) sur 2 vendent \(100 %\)/ }],
    },
  ],
});
