import { rule } from "./buzzword.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "We cut the time to publish from two days to two hours." },
    { lang: "fr", text: "Nous avons réduit le temps de publication de deux jours à deux heures." },
  ],
  invalid: [
    { lang: "en", text: "We leverage synergies to deliver best-in-class results.", findings: [{ actual: "leverage" }, { actual: "synergies" }, { actual: "best-in-class" }] },
    { lang: "fr", text: "La construction d'un nouveau paradigme crée de la synergie.", findings: [{ actual: "nouveau paradigme", message: "Jargon : « nouveau paradigme ». Dites concrètement ce qui se passe." }, { actual: "synergie" }] },
  ],
});
