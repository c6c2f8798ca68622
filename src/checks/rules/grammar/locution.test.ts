import { rule } from "./locution.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Cela va de mal en pis, bien qu'il soit là depuis quelque temps, entre autres choses. Dès lors qu'il pleut, malgré qu'il en ait." },
    { lang: "en", text: "For all intents and purposes, that is a moot point, case in point." },
  ],
  invalid: [
    { lang: "fr", text: "Rien ne sert de courir, il faut partir à point, pour de rire.", findings: [{ actual: "pour de rire", message: "Locution : « pour de rire » → « pour rire »." }], output: "Rien ne sert de courir, il faut partir à point, pour rire." },
    { lang: "fr", text: "Malgré qu'il pleuve, cette soit-disant experte reste quelques temps.", findings: [{ actual: "Malgré qu'" }, { actual: "soit-disant" }, { actual: "quelques temps" }] },
    { lang: "fr", text: "La quelle choisir ?", findings: [{ actual: "La quelle" }] },
    { lang: "en", text: "For all intensive purposes it is a mute point.", findings: [{ actual: "For all intensive purposes" }, { actual: "mute point" }] },
  ],
});
