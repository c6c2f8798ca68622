import { rule } from "./fr-pronoun-avoir.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il m'a tuée. Elle a vu ma fiancée. Il lit la donnée. Ils m'ont donné du fil à retordre. Je la vois. Ma tante est venue." },
  ],
  invalid: [
    { lang: "fr", text: "Il ma tuée.", findings: [{ actual: "ma", message: "« ma tuée » → « m'a tuée » (pronom élidé et verbe avoir)." }], output: "Il m'a tuée." },
    { lang: "fr", text: "Ils mon donné du fil à retordre.", findings: [{ actual: "mon" }], output: "Ils m'ont donné du fil à retordre." },
    { lang: "fr", text: "C'est ça qui ma forcée à poursuivre.", findings: [{ actual: "ma" }], output: "C'est ça qui m'a forcée à poursuivre." },
    { lang: "fr", text: "Il me la commandée ?", findings: [{ actual: "la" }], output: "Il me l'a commandée ?" },
  ],
});
