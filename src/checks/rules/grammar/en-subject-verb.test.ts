import { rule } from "./en-subject-verb.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "He doesn't know. They were here. She goes home. Does she go home? Let her go. If he were rich. I am happy." },
    { lang: "en", text: "The news is good. Our analytics is fine. The centre for the arts is open. Thank you is all we say. Our business is growing." },
  ],
  invalid: [
    { lang: "en", text: "He don't know about it.", findings: [{ actual: "don't", message: `"He don't" → "He doesn't" (the verb agrees with its subject).` }], output: "He doesn't know about it." },
    { lang: "en", text: "They was here yesterday.", findings: [{ actual: "was" }], output: "They were here yesterday." },
    { lang: "en", text: "She go to the office every day.", findings: [{ actual: "go" }], output: "She goes to the office every day." },
    { lang: "en", text: "Our customers has told us what they want.", findings: [{ actual: "has" }], output: "Our customers have told us what they want." },
    { lang: "en", text: "I is happy.", findings: [{ actual: "is" }], output: "I am happy." },
  ],
});
