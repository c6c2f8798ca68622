import type { Rule } from "../../rule.js";

/** Four periods or more, an ellipsis with periods glued to it, « etc. » followed by an ellipsis, two periods after a word. */
const DOTS = /(etc)(\.{2,}|\.?…+\.*)|[.…]{2,}/giu;

export const rule: Rule = {
  id: "typography/fr-ellipsis",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Points de suspension : « … » et non « .... », « …. » ou « .. » ; « etc. » et non « etc... ».",
  explanation:
    "The ellipsis is three periods, one character « … », never four or more, never followed or preceded by another period, and two periods after a word are a typo. « etc. » already ends with its period: « etc... » and « etc… » are wrong. Three periods (« ... ») are left to typography/symbols, which suggests « … » without insisting. The fix writes « … » (or « etc. »); after two periods, it suggests both « . » and « … ».",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      DOTS.lastIndex = 0;
      for (let m = DOTS.exec(b.text); m !== null; m = DOTS.exec(b.text)) {
        if (m[1]) {
          if (/\p{L}/u.test(b.text[m.index - 1] ?? "")) continue;
          const start = m.index + m[1].length;
          const range = b.toSource(m.index, start + (m[2] as string).length);
          ctx.report({ range, message: `« ${m[0]} » → « ${m[1]}. » (« etc. » a déjà son point).`, suggestions: [`${m[1]}.`], fix: { range, text: `${m[1]}.` } });
          continue;
        }
        const run = m[0];
        // « ... » is typography/symbols' case; « .. » is a typo only right after a word and before a space.
        if (run === "...") continue;
        if (run === "..") {
          const after = b.text[m.index + 2];
          if (!/\p{L}/u.test(b.text[m.index - 1] ?? "") || (after !== undefined && !/\s/u.test(after))) continue;
          ctx.report({ range: b.toSource(m.index, m.index + 2), message: "« .. » → « . » ou « … ».", suggestions: [".", "…"] });
          continue;
        }
        const range = b.toSource(m.index, m.index + m[0].length);
        const right = m[0].length > 6 ? "…".repeat(Math.round(m[0].length / 3)) : "…";
        ctx.report({ range, message: `« ${m[0].length > 12 ? `${m[0].slice(0, 6)}…` : m[0]} » → « ${right.length > 3 ? "……" : right} » (points de suspension).`, suggestions: [right], fix: { range, text: right } });
      }
    }
  },
};
