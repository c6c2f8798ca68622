import { rule } from "./fr-noun-verb-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les clients adorent nos conseils. Le chat mange. Les enfants président la séance." },
    { lang: "fr", text: "Les ailes de cet avion viennent d'Espagne. La dame et sa fille avaient peur. Sur le parquet gisaient des pièces." },
    { lang: "fr", text: "La majorité survenaient la nuit. Il les mange." },
  ],
  invalid: [
    { lang: "fr", text: "Les clients adore nos conseils.", findings: [{ actual: "adore", message: "Accord : « Les clients … adore » — le verbe doit être au pluriel (« adorent »)." }], output: "Les clients adorent nos conseils." },
    { lang: "fr", text: "Quand le chat mangent, tout va bien.", findings: [{ actual: "mangent" }], output: "Quand le chat mange, tout va bien." },
    { lang: "fr", text: "Les lecteurs attentifs partageait nos articles.", findings: [{ actual: "partageait" }], output: "Les lecteurs attentifs partageaient nos articles." },
  ],
});
