import { rule } from "./symbols.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "The long and winding road…" }, { lang: "fr", text: "La suite… © Marque®" }],
  invalid: [
    { lang: "en", text: "The long and winding road...", findings: [{ actual: "..." }], output: "The long and winding road…" },
    { lang: "fr", text: "Marque (tm) et (c) 2026", findings: [{ actual: "(tm)" }, { actual: "(c)" }], output: "Marque ™ et © 2026" },
  ],
});
