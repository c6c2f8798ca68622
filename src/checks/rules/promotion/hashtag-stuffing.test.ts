import { rule } from "./hashtag-stuffing.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Three habits of teams that post less and reach more. #contentstrategy #linkedin" },
    { lang: "fr", text: "Trois habitudes des équipes qui publient moins 🙂 #stratégie" },
  ],
  invalid: [
    { lang: "en", text: "New post #marketing #sale #promo #deal #win", findings: [{ actual: "#marketing #sale #promo #deal #win", message: "Too many hashtags in a row (5 hashtags): keep three at most." }] },
    { lang: "fr", text: "Grosse nouvelle 🔥🔥🔥🔥 pour vous", findings: [{ message: "Trop d'émojis dans une même phrase." }] },
  ],
});
