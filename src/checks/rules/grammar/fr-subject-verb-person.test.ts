import { rule } from "./fr-subject-verb-person.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Je mange, tu manges, il mangeait, ils mangeaient. On refuse tout cela." },
    { lang: "fr", text: "Vous nous donnez tort. Je vous explique. Pour vous aider, nous travaillons." },
    { lang: "fr", text: "Il convient d'agir. J'ai délibérément tu l'affaire. Une d'elles risquait gros. Tu même ?" },
  ],
  invalid: [
    { lang: "fr", text: "Tu la donne à qui ?", findings: [{ actual: "donne", message: "Accord : « Tu … donne » → « donnes »." }], output: "Tu la donnes à qui ?" },
    { lang: "fr", text: "Je ne le lui achèterait pas.", findings: [{ actual: "achèterait" }], output: "Je ne le lui achèterais pas." },
    { lang: "fr", text: "On refuses tout cela et il mangeais.", findings: [{ actual: "refuses", column: 4 }, { actual: "mangeais" }], output: "On refuse tout cela et il mangeait." },
    { lang: "fr", text: "Elles mangeait.", findings: [{ actual: "mangeait" }], output: "Elles mangeaient." },
    { lang: "fr", text: "Nous travaillez ensemble et vous travaillons seuls.", findings: [{ actual: "travaillez" }, { actual: "travaillons" }], output: "Nous travaillons ensemble et vous travaillez seuls." },
  ],
});
