import { rule } from "./space-before-punctuation.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Bonjour\u202F! Comment allez-vous ? Voici la liste : un, deux." },
    { lang: "fr", text: "Rendez-vous à 10:30, ratio 1:2, sourire :) et « citation »." },
  ],
  invalid: [
    { lang: "fr", text: "Bonjour? Y a-t-il quelqu'un ici?", findings: [{ actual: "?", column: 8, message: "Espace manquante avant « ? »." }, { actual: "?" }], output: "Bonjour\u202F? Y a-t-il quelqu'un ici\u202F?" },
    { lang: "fr", text: "Deux éléments clés: le message.", findings: [{ actual: ":" }], output: "Deux éléments clés\u202F: le message." },
    { lang: "fr", text: "Il dit «bonjour» !", findings: [{ actual: "«" }, { actual: "»" }] },
    { lang: "fr", config: { typography: { frenchSpace: "nbsp" } }, text: "Vraiment ?", findings: [{ severity: "info", message: "Espace insécable attendue ici (U+00A0)." }], output: "Vraiment\u00A0?" },
  ],
});
