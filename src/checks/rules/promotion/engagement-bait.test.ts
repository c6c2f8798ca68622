import { rule } from "./engagement-bait.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "What is the one question your customers ask every week? Tell me in the comments." },
    { lang: "fr", text: "Quelle question vos clients posent-ils chaque semaine ? Dites-le en commentaire." },
  ],
  invalid: [
    { lang: "en", text: "Like and share to win a free audit!", findings: [{ actual: "Like and share", message: 'Engagement bait: "Like and share".' }] },
    { lang: "fr", text: "Likez et partagez pour gagner !", findings: [{ actual: "Likez et partagez", message: "Appât à interactions : « Likez et partagez »." }] },
    { lang: "en", text: "Tag a friend who needs this.", findings: [{ actual: "Tag a friend" }] },
  ],
});
