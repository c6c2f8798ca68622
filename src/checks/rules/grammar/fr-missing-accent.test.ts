import { rule } from "./fr-missing-accent.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il a dû partir. Il a du pain et du pouvoir. Il a du mal à venir. Ce chien-là. Donne-la-moi. Prends-la." },
    { lang: "fr", text: "Il vient de la ville. La question n'est pas là. Il a eu du temps." },
  ],
  invalid: [
    { lang: "fr", text: "Il a du le faire.", findings: [{ actual: "du", column: 6, message: "« du » → « dû » (participe passé de devoir)." }], output: "Il a dû le faire." },
    { lang: "fr", text: "L'échec est du à une erreur.", findings: [{ actual: "du", column: 13 }], output: "L'échec est dû à une erreur." },
    { lang: "fr", text: "Ce chien-la et celui-la, jusque-la.", findings: [{ actual: "la", column: 10 }, { actual: "la", column: 22 }, { actual: "la", column: 33 }], output: "Ce chien-là et celui-là, jusque-là." },
  ],
});
