import { rule } from "./dates-times.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "In the 1990s, at 7 a.m. or at noon, from 2000–2005, in August 2008. I am here at 2 p.m. today." },
    { lang: "en", text: "Call 555-1234 or visit room 1999-B." },
  ],
  invalid: [
    { lang: "en", text: "It happened in the 90's.", findings: [{ actual: "90's", message: `"90's" → "90s" (decades take no apostrophe).` }], output: "It happened in the 90s." },
    { lang: "en", text: "It happened at 7 am.", findings: [{ actual: "7 am" }], output: "It happened at 7 a.m." },
    { lang: "en", text: "It happened at 7a.m. sharp.", findings: [{ actual: "7a.m." }], output: "It happened at 7 a.m. sharp." },
    { lang: "en", text: "It happened at 12 p.m.", findings: [{ actual: "12 p.m." }], output: "It happened at noon" },
    { lang: "en", text: "From 1999-2002, Sally chaired it in August of 2008.", findings: [{ actual: "1999-2002" }, { actual: "August of 2008" }], output: "From 1999–2002, Sally chaired it in August 2008." },
  ],
});
