import { rule } from "./fr-numbers.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Une hausse de 10 % sur 18 kg, soit 13,4 € et 500 000 euros en 2024." },
    { lang: "fr", text: "Appelez le 0612345678, code postal 75001 Paris, réf. 123456, un 4x4, l'adresse 0x4407, le COVID-19, du CO2." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "Une hausse de 10% pour 18kg.",
      findings: [
        { actual: "10%", column: 15, message: "Espace insécable attendue entre le nombre et l’unité : « 10 % »." },
        { actual: "18kg", column: 24 },
      ],
      output: "Une hausse de 10\u00A0% pour 18\u00A0kg.",
    },
    {
      lang: "fr",
      text: "Une image de 1920x1080 vue par 250000 visiteurs.",
      findings: [{ actual: "1920x1080" }, { actual: "250000", message: "Chiffres groupés par trois : « 250 000 »." }],
      output: "Une image de 1920\u00A0×\u00A01080 vue par 250\u00A0000 visiteurs.",
    },
    {
      lang: "fr",
      text: "Il cumule 200.000.000 de pertes.",
      config: { typography: { frenchSpace: "narrow-nbsp" } },
      findings: [{ actual: "200.000.000" }],
      output: "Il cumule 200\u202F000\u202F000 de pertes.",
    },
  ],
});
