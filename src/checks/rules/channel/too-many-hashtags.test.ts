import { rule } from "./too-many-hashtags.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", channel: "instagram", text: "Behind the scenes of our shoot. #marketing #design #studio #team #paris" },
    { lang: "fr", channel: "x", text: "Une idée par semaine. #contenu" },
  ],
  invalid: [
    { lang: "en", channel: "instagram", text: "Shoot day. #a1 #b2 #c3 #d4 #e5 #f6 #g7", findings: [{ message: "7 hashtags for instagram: keep 5 at most.", actual: "#f6 #g7" }] },
    { lang: "fr", channel: "x", text: "Nouveau billet #seo #contenu #stratégie", findings: [{ message: "3 hashtags pour x : 2 au plus.", actual: "#stratégie" }] },
  ],
});
