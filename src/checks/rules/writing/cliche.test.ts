import { rule } from "./cliche.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [{ lang: "en", text: "Plan one post a week." }, { lang: "fr", text: "Prévoyez une publication par semaine." }],
  invalid: [
    { lang: "en", text: "At the end of the day, think outside the box.", findings: [{ actual: "At the end of the day" }, { actual: "think outside the box" }] },
    { lang: "fr", text: "C'est le nerf de la guerre.", findings: [{ actual: "le nerf de la guerre", message: "Cliché : « le nerf de la guerre »." }] },
  ],
});
