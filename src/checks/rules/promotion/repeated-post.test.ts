import { fingerprint } from "../../similarity/index.js";
import type { HistoryEntry } from "../../types.js";
import { rule } from "./repeated-post.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const past = (id: string, text: string): HistoryEntry => ({ id, date: "2026-10-01T00:00:00Z", promotional: false, excerpt: text.slice(0, 40), ...fingerprint(text) });
const EN = "Before you plan another month of posts, write down who should read them and which questions they ask every week.";
const FR = "Avant de planifier vos publications du mois, notez qui doit les lire et quelles questions ces personnes posent chaque semaine.";

testRule(rule, {
  valid: [
    { lang: "en", history: [past("a", EN)], text: "Measure what your audience saves and shares, and keep the topics that start conversations with customers." },
    { lang: "fr", history: [past("a", FR)], text: "Mesurez ce que votre public enregistre et partage, et gardez les sujets qui lancent une conversation." },
  ],
  invalid: [
    { lang: "en", history: [past("a", EN)], text: EN, findings: [{ message: /^Repeats 100% of the post "a" of 2026-10-01/ }] },
    // Reworded: a few words changed, still the same message.
    { lang: "fr", history: [past("b", FR)], text: FR.replace("du mois", "du trimestre").replace("chaque semaine", "chaque mois"), findings: [{ message: /^Reprend à \d+ % la publication « b »/ }] },
  ],
});
