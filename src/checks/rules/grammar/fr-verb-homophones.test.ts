import { rule } from "./fr-verb-homophones.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il est parti et elle est restée. Il et elle sont là. On a dit qu'il et son frère viendraient." },
    { lang: "fr", text: "Ils ont raison, ils sont là. Elles, on les connaît.." },
    { lang: "fr", text: "Il peut venir ; il mange peu ; il peu à peu comprend ; ils ont en commun leur goût du jeu." },
    { lang: "fr", text: "Les chiens et les chats ont en commun un maître. Ils sont grands et ont leur mot à dire. Qu'ont fait les élus ?" },
  ],
  invalid: [
    { lang: "fr", text: "Il et parti hier.", findings: [{ actual: "et", column: 4, message: "« et » → « est » (verbe après le sujet)." }], output: "Il est parti hier." },
    { lang: "fr", text: "Ce qui nous et utile, ils on raison, elles son là.", findings: [{ actual: "et", column: 13 }, { actual: "on", column: 27 }, { actual: "son", column: 44 }], output: "Ce qui nous est utile, ils ont raison, elles sont là." },
    { lang: "fr", text: "Ont ne sait jamais. Tu ne peu pas venir, il peu attendre.", findings: [{ actual: "Ont", column: 1 }, { actual: "peu", column: 27 }, { actual: "peu", column: 45 }], output: "On ne sait jamais. Tu ne peux pas venir, il peut attendre." },
  ],
});
