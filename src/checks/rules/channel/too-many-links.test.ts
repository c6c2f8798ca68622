import { rule } from "./too-many-links.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const links = (n: number) => Array.from({ length: n }, (_, i) => `https://example.com/${i}`).join(" ");

testRule(rule, {
  valid: [
    { lang: "en", channel: "threads", text: `Five reads for your week: ${links(5)}` },
    { lang: "fr", channel: "linkedin", text: `Notre guide : ${links(1)}` },
  ],
  invalid: [
    { lang: "en", channel: "threads", text: `Six reads: ${links(6)}`, findings: [{ message: "6 links for threads: keep 5 at most.", actual: "https://example.com/5" }] },
    { lang: "fr", channel: "x", text: `Trois liens : ${links(3)}`, findings: [{ message: "3 liens pour x : 2 au plus." }] },
  ],
});
