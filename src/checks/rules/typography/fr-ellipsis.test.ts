import { rule } from "./fr-ellipsis.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Et puis… rien. Des chiens, des chats, etc. Il hésite... puis part. Tapez cd .. pour remonter." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "Des chiens, des chats, etc... Et puis.... rien….",
      findings: [
        { actual: "etc...", column: 24, message: "« etc... » → « etc. » (« etc. » a déjà son point)." },
        { actual: "....", column: 38 },
        { actual: "….", column: 47 },
      ],
      output: "Des chiens, des chats, etc. Et puis… rien…",
    },
    { lang: "fr", text: "Fin du texte.. Suite.", findings: [{ actual: "..", column: 13, message: "« .. » → « . » ou « … »." }] },
  ],
});
