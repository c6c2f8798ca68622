import { rule } from "./passive-voice.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Our team published the report. I am interested in it." },
    { lang: "fr", text: "Notre équipe a publié le rapport. C'est pourquoi il est connu." },
  ],
  invalid: [
    { lang: "en", text: "The report was published by our team.", findings: [{ actual: "was published", severity: "info" }] },
    { lang: "fr", text: "C'était un grand spectacle qui a été mal commercialisé.", findings: [{ actual: "a été mal commercialisé" }] },
  ],
});
