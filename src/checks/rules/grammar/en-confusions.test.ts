import { rule } from "./en-confusions.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "You're going to love your new dashboard. It's been a year; the team and its own tools. There are three. They're ready. Their own team." },
    { lang: "en", text: "Better than ever, and then we left. We could have won. It could of course fail, of course. Your welcome email is ready." },
  ],
  invalid: [
    { lang: "en", text: "Your going to love it.", findings: [{ actual: "Your", message: `"Your" → "You're" (you are).` }], output: "You're going to love it." },
    { lang: "en", text: "Its been a great year.", findings: [{ actual: "Its" }], output: "It's been a great year." },
    { lang: "en", text: "Their are three things to know, and their ready.", findings: [{ actual: "Their" }, { actual: "their" }], output: "There are three things to know, and they're ready." },
    { lang: "en", text: "Each team has it's own style.", findings: [{ actual: "it's" }], output: "Each team has its own style." },
    { lang: "en", text: "It is faster then the old one.", findings: [{ actual: "then" }], output: "It is faster than the old one." },
    { lang: "en", text: "We could of launched earlier.", findings: [{ actual: "of" }], output: "We could have launched earlier." },
    { lang: "en", text: "Thanks, your welcome!", findings: [{ actual: "your" }], output: "Thanks, you're welcome!" },
  ],
});
