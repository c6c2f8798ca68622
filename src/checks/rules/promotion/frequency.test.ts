import type { HistoryEntry } from "../../types.js";
import { rule } from "./frequency.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const entry = (i: number, promotional: boolean): HistoryEntry => ({ id: `p${i}`, date: `2026-10-0${i}T00:00:00Z`, promotional, hash: String(i), signature: [] });
const calm = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => entry(i, false));
const busy = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => entry(i, i % 3 === 0));
const PROMO_EN = "Save 40% with code FALL40. Today only! Sign up now.";
const PROMO_FR = "Profitez de -40 % avec le code AUTOMNE. Dernière chance, inscrivez-vous !";

testRule(rule, {
  valid: [
    // One promotional post in nine: 11 % ≤ 20 %.
    { lang: "en", history: calm, text: PROMO_EN },
    { lang: "fr", history: calm, text: PROMO_FR },
    // A useful post is never at fault, even after many promotional ones.
    { lang: "en", history: busy.map((e) => ({ ...e, promotional: true })), text: "Answer the question your customers ask most. Then measure what they save." },
    // Without history there is nothing to compare with.
    { lang: "en", text: PROMO_EN },
  ],
  invalid: [
    { lang: "en", history: busy, text: PROMO_EN, findings: [{ message: "Too much promotion: with this one, 3 of the last 9 posts are promotional (33% > 20%)." }] },
    { lang: "fr", history: busy, text: PROMO_FR, findings: [{ message: "Trop de promotion : avec celle-ci, 3 publication(s) sur les 9 dernières sont promotionnelles (33 % > 20 %)." }] },
    { lang: "en", history: calm, config: { selfPromotion: { maxShare: 0.1, window: 5 } }, text: PROMO_EN, findings: [{ message: /1 of the last 5 posts/ }] },
  ],
});
