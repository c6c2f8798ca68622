import { rule } from "./fr-quand-quant.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Quand il viendra, quant à moi, je serai prêt. Quand à mon tour je parle, on se tait." },
  ],
  invalid: [
    { lang: "fr", text: "Je partirai quant il viendra.", findings: [{ actual: "quant", column: 13, message: "« quant » → « quand » (« quand » = lorsque, « quant à » = pour ce qui est de)." }], output: "Je partirai quand il viendra." },
    { lang: "fr", text: "Quand à moi, je reste.", findings: [{ actual: "Quand", column: 1 }], output: "Quant à moi, je reste." },
  ],
});
