import { rule } from "./space-before-comma.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "One, two. Version .5 and the .com era..." },
    { lang: "fr", text: "Un, deux. La période du .com est finie." },
    { lang: "en", text: "We ship .NET and .js files." },
  ],
  invalid: [
    { lang: "en", text: "One , two .", findings: [{ actual: " " }, { actual: " " }], output: "One, two." },
    { lang: "fr", text: "Oui , vraiment.", findings: [{ message: "Pas d'espace avant « , »." }], output: "Oui, vraiment." },
    // The mark glued to the next word: « Merde ,ça », « Merde .Ça ».
    { lang: "fr", text: "Merde ,ça fait mal. Merde .Ça recommence.", findings: [{ actual: " " }, { actual: " " }], output: "Merde,ça fait mal. Merde.Ça recommence." },
  ],
});
