import { rule } from "./pleonasm.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Nous allons monter au grenier, prévoir le budget et collaborer avec eux. La marche à pied fait du bien." },
    { lang: "en", text: "We will return the form, join the team and merge the branches." },
  ],
  invalid: [
    { lang: "fr", text: "Il faut monter en haut et prévoir à l'avance.", findings: [{ actual: "monter en haut", message: "Pléonasme : « monter en haut » → « monter »." }, { actual: "prévoir à l'avance" }], output: "Il faut monter et prévoir." },
    { lang: "fr", text: "Nous sommes au jour d’aujourd’hui, voire même demain.", findings: [{ actual: "au jour d’aujourd’hui" }, { actual: "voire même" }] },
    { lang: "en", text: "Please return back the added bonus.", findings: [{ actual: "return back", message: 'Pleonasm: "return back" → "return".' }, { actual: "added bonus" }], output: "Please return the bonus." },
  ],
});
