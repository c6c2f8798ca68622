import { rule } from "./promotional-sentence.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Deal with the questions your customers ask." },
    { lang: "fr", text: "Le public cible se pose souvent la même question." },
  ],
  invalid: [
    { lang: "en", text: "Useful tip first. Get 30% off with promo code SPRING.", findings: [{ message: "Promotional sentence (offer or price, promo code).", actual: "Get 30% off with promo code SPRING." }] },
    { lang: "fr", text: "Un conseil utile. Gagnez un audit avec notre jeu concours !", findings: [{ message: "Phrase promotionnelle (jeu-concours).", actual: "Gagnez un audit avec notre jeu concours !" }] },
  ],
});
