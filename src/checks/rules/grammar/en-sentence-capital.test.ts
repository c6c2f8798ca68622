import { rule } from "./en-sentence-capital.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "We are thrilled. iPhone users love it. eBay too." },
    { lang: "en", text: "- install the app\n- open it" },
    { lang: "en", text: "Wait for it... the results are in." },
    { lang: "en", text: "@anna thanks! #launch day" },
  ],
  invalid: [
    { lang: "en", text: "we are thrilled to announce our partnership.", findings: [{ actual: "we", message: 'Capital letter at the start of a sentence: "We".' }], output: "We are thrilled to announce our partnership." },
    { lang: "en", format: "markdown", text: "Great news!\n\nwe are live.", findings: [{ actual: "we", line: 3 }], output: "Great news!\n\nWe are live." },
  ],
});
