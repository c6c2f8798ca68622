import { rule } from "./fr-et-est.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Ton implacable et amère ! Son cristallin et aigu. Mon seigneur et maître. Allées et venues. Sûr et certain." },
    { lang: "fr", text: "Entre Paris et Lyon. Le problème des enfants est le manque de sommeil. Vouloir est pouvoir. Où est l'homme ?" },
    { lang: "fr", text: "Où et quand ? Le chien est malade. Entre nous est né un amour." },
  ],
  invalid: [
    { lang: "fr", text: "Entre Patrick est Marcia, ça ne va pas.", findings: [{ actual: "est", message: "« est » → « et » (conjonction de coordination)." }], output: "Entre Patrick et Marcia, ça ne va pas." },
    { lang: "fr", text: "Il avait mangé des moules est des frites.", findings: [{ actual: "est" }], output: "Il avait mangé des moules et des frites." },
    { lang: "fr", text: "Où et l'homme qui est passé ?", findings: [{ actual: "et", message: "« et » → « est » (verbe être)." }], output: "Où est l'homme qui est passé ?" },
    { lang: "fr", text: "Ce chien et fatigué. Pauline et fatiguée.", findings: [{ actual: "et" }, { actual: "et" }], output: "Ce chien est fatigué. Pauline est fatiguée." },
  ],
});
