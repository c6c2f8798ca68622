import { rule } from "./impossible-date.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Rendez-vous le 30 avril, le 29 février 2024, le 1er mars et le 28/02/2011. Il a 31 ans en mai." },
    { lang: "en", text: "See you on April 30, February 29, 2024 and on 02/30/2011 (month first: left alone). May 40 people come?" },
  ],
  invalid: [
    { lang: "fr", text: "Le salon ouvre le 31 avril.", findings: [{ actual: "31 avril", message: "Date impossible : « 31 avril »." }] },
    { lang: "fr", text: "Le 29 février 2011 et le 32.03.2018.", findings: [{ actual: "29 février 2011" }, { actual: "32.03.2018" }] },
    { lang: "fr", text: "Né le 40-02-2011 ou le 29 02 2011.", findings: [{ actual: "40-02-2011" }, { actual: "29 02 2011" }] },
    { lang: "en", text: "The sale ends February 30.", findings: [{ actual: "February 30", message: 'This date does not exist: "February 30".' }] },
  ],
});
