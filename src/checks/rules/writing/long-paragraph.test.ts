import { rule } from "./long-paragraph.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const para = (n: number, w: string) => Array.from({ length: n / 5 }, () => `${w} ${w} ${w} ${w} ${w}.`).join(" ");

testRule(rule, {
  valid: [{ lang: "en", text: para(150, "word") }, { lang: "fr", text: para(170, "mot") }],
  invalid: [
    { lang: "en", text: para(155, "word"), findings: [{ message: "Long paragraph: 155 words (at most 150)." }] },
    { lang: "fr", text: para(175, "mot"), findings: [{ message: "Paragraphe trop long : 175 mots (170 au plus)." }] },
  ],
});
