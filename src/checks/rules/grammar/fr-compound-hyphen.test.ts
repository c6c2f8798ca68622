import { rule } from "./fr-compound-hyphen.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Au-delà de l'arc-en-ciel, c'est-à-dire au-dessus des nuages, nous passerons le week-end." },
    { lang: "fr", text: "Ils se retrouvent face à face. J'ai déjà vu ce film. Il est prêt à porter plainte." },
    { lang: "fr", text: "C'est tout à fait vrai, parce qu'elle le dit elle-même, même si elle, même si lui." },
    { lang: "fr", text: "Nous en avons ras le bol. Vingt et un invités, cent deux euros, trente-six chandelles." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "Rendez-vous au centre ville après midi, c'est à dire vers quatorze heures.",
      findings: [
        { actual: "centre ville", column: 16, message: "« centre ville » → « centre-ville » (mot composé)." },
        { actual: "après midi", column: 29 },
        { actual: "c'est à dire", column: 41 },
      ],
      output: "Rendez-vous au centre-ville après-midi, c'est-à-dire vers quatorze heures.",
    },
    {
      lang: "fr",
      text: "Le face à face a duré une demie heure, tout-à-fait vingt deux minutes.",
      findings: [{ actual: "face à face", column: 4 }, { actual: "demie heure" }, { actual: "tout-à-fait", message: "« tout-à-fait » → « tout à fait » (locution sans trait d’union)." }, { actual: "vingt deux" }],
      output: "Le face-à-face a duré une demi-heure, tout à fait vingt-deux minutes.",
    },
    {
      lang: "fr",
      text: "Mon arrière grand-mère a quatre vingts deux ans, parce-qu’elle est née en l’an 1942.",
      findings: [{ actual: "arrière grand-mère" }, { actual: "quatre vingts deux" }, { actual: "parce-qu’" }],
      output: "Mon arrière-grand-mère a quatre-vingt-deux ans, parce qu’elle est née en l’an 1942.",
    },
  ],
});
