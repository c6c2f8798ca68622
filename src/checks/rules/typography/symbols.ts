import type { Rule } from "../../rule.js";

const SYMBOLS: Record<string, string> = { "(c)": "©", "(tm)": "™", "(r)": "®", "...": "…" };
const RE = /\((?:c|tm|r)\)|(?<![.…]|etc)\.\.\.(?![.…])/gi;

export const rule: Rule = {
  id: "typography/symbols",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "ASCII stand-ins for typographic symbols: \"...\", \"(c)\", \"(tm)\", \"(r)\".",
  explanation: "Three periods are one ellipsis character (…), and (c), (tm), (r) have their own signs (©, ™, ®). The fix replaces them.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      RE.lastIndex = 0;
      for (let m = RE.exec(b.text); m !== null; m = RE.exec(b.text)) {
        const symbol = SYMBOLS[m[0].toLowerCase()] as string;
        const range = b.toSource(m.index, m.index + m[0].length);
        // "..." is common and harmless in social posts; (c), (tm), (r) are always wrong.
        ctx.report({ range, severity: symbol === "…" ? "info" : "warning", message: ctx.t({ fr: `« ${m[0]} » → « ${symbol} ».`, en: `"${m[0]}" → "${symbol}".` }), fix: { range, text: symbol }, suggestions: [symbol] });
      }
    }
  },
};
