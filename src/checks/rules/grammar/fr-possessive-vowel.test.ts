import { rule } from "./fr-possessive-vowel.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Mon amie et son œuvre. C'est sa onzième fille. Ma une préférée. Sa hache. La SA et MA ONG." },
  ],
  invalid: [
    { lang: "fr", text: "Ma amie aime sa existence.", findings: [{ actual: "Ma", column: 1, message: "« Ma » → « Mon » (devant une voyelle)." }, { actual: "sa", column: 14 }] },
    { lang: "fr", text: "Il a vu ta œuvre.", findings: [{ actual: "ta", column: 9, message: "« ta » → « ton » (devant une voyelle)." }] },
  ],
});
