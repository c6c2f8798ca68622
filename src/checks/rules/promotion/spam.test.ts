import { rule } from "./spam.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Banner ads rarely work for B2B audiences." },
    { lang: "fr", text: "Les impressions ne paient pas vos factures." },
  ],
  invalid: [
    // The spam comment of seed 002.
    { lang: "fr", text: "le service fournit des impressions de bannières et des clics illimités.", findings: [{ actual: "impressions de bannières" }, { actual: "clics illimités" }] },
    { lang: "en", text: "Buy followers and get guaranteed traffic today.", findings: [{ actual: "Buy followers" }, { actual: "guaranteed traffic" }] },
  ],
});
