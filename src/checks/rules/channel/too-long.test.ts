import { rule } from "./too-long.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const url = "https://example.com/" + "a".repeat(200);
const EN_270 = "Know your audience. ".repeat(13) + "Then write."; // 271 chars
const FR_LONG = "Connaissez votre public. ".repeat(13); // 325 chars

testRule(rule, {
  valid: [
    { lang: "en", channel: "x", text: EN_270.slice(0, 250) + " " + url },
    { lang: "fr", channel: "mastodon", text: FR_LONG },
    // Bluesky counts graphemes: 290 emoji sequences are 290, not 870 code units.
    { lang: "en", channel: "bluesky", text: "👩‍💻".repeat(290) },
    // No limit on a blog.
    { lang: "en", channel: "blog", text: EN_270.repeat(10) },
  ],
  invalid: [
    { lang: "en", channel: "x", text: EN_270 + " " + url, findings: [{ message: "Too long for x: 295 characters, the limit is 280 (15 over).", column: 273 }] },
    { lang: "fr", channel: "x", text: FR_LONG, findings: [{ message: /^Trop long pour x : 324 caractères pour 280 au plus/ }] },
    // X weighs emoji as 2.
    { lang: "en", channel: "x", text: "🎉".repeat(141), findings: [{ message: /282 characters/ }] },
  ],
});
