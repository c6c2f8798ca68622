import type { Rule } from "../../rule.js";

const L = "[\\p{L}\\p{N}]";
/**
 * Quotation marks written the wrong way round or doubled from single ones:
 * a closing sign opening a quote (« ”amis” », « ’beaux quartiers’ »), an
 * opening sign closing it (« “amis“ », « homme« »), two single quotes for a
 * double one (« ‘‘barbare’’ », « ''Ça” »), a space inside curly quotes
 * (« “ excuses” »).
 */
/** An apostrophe at the start or after a space: French text has one after nearly every « l », « d », « qu ». */
const apostropheAfterSpace = (t: string): boolean =>
  t[0] === "'" || t[0] === "’" || [" '", " ’", "\u00A0'", "\u00A0’", "\n'", "\n’", "\t'", "\t’", "\u202F'", "\u202F’"].some((p) => t.includes(p));

/** `needs`: a cheap test a block must pass before the pattern runs (French text has apostrophes everywhere). */
const CHECKS: Array<{ needs: (text: string) => boolean; re: RegExp; fr: string; en: string; lang?: "fr"; right: string; unless?: (text: string, at: number) => boolean }> = [
  // ” after a space or at the start, before a word: it opens.
  { needs: (t) => t.includes("”"), re: new RegExp(`(?:^|(?<=[\\s(]))”(?=${L})`, "gu"), fr: "« ” » ouvre la citation : « “ ».", en: '"”" opens the quote: "“".', right: "“" },
  // “ after a word, before a space, a punctuation mark or the end: it closes.
  { needs: (t) => t.includes("“"), re: new RegExp(`(?<=${L}[.!?…]?)“(?=[\\s,.;:!?)]|$)`, "gu"), fr: "« “ » ferme la citation : « ” ».", en: '"“" closes the quote: "”".', right: "”" },
  // « glued to a word, or before a punctuation mark or the end: it closes.
  { needs: (t) => t.includes("«"), re: new RegExp(`(?<=${L}[.!?…]?)«|«(?=[\\s\\u00A0\\u202F]*(?:[,.;:!?)]|$))`, "gu"), fr: "« « » ferme la citation : « » ».", en: "« closes the quote: ».", right: "»", lang: "fr", unless: (t, at) => t.includes("»", at) },
  // Two single quotes for a double one.
  // (Three or more are wiki markup for bold or italics.)
  { needs: (t) => t.includes("‘‘") || t.includes("’’") || t.includes("''"), re: /‘‘|’’|(?<!')''(?!')/gu, fr: "Deux apostrophes pour un guillemet : « “ » ou « ” ».", en: 'Two single quotes for a double one: "“" or "”".', right: "“" },
  // A space inside curly double quotes.
  { needs: (t) => t.includes("“") || t.includes("”"), re: /(?<=(?:^|[\s(])“)[ \u00A0](?=\p{L})|(?<=\p{L}[.!?…]?)[ \u00A0](?=”(?!\p{L}))/gu, fr: "Pas d'espace à l'intérieur de « “ ” ».", en: 'No space inside "“ ”".', right: "" },
  // French: ’ or ' opening a quote after a space (English has « ’90s », « 'em »).
  { needs: apostropheAfterSpace, re: new RegExp(`(?:^|(?<=\\s))['’](?=${L}[^'’\\s]*(?:\\s${L}+)*['’](?:\\s|[,.;:!?]|$))`, "gu"), fr: "Apostrophe en guise de guillemet : « “ » ou « « ».", en: "", right: "“", lang: "fr" },
];

export const rule: Rule = {
  id: "typography/quote-marks",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Quotation marks the wrong way round or doubled: « ”amis” », « “amis“ », « ‘‘barbare’’ », « “ excuses” ».",
  explanation:
    "Curly quotation marks have an opening and a closing form (“ ”, ‘ ’, « »): an editor's autocorrect often picks the wrong one after an apostrophe or a space. Two single quotes do not make a double one, and no space goes inside “ ”. In French, an apostrophe (’ or ') does not open a quotation either (« ’beaux quartiers’ » → « “beaux quartiers” » or « « beaux quartiers » »). Straight quotes (\") are left alone.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      const t = b.text;
      if (!/[“”‘’'«]/u.test(t)) continue;
      for (const c of CHECKS) {
        if ((c.lang && c.lang !== doc.lang) || !c.needs(t)) continue;
        c.re.lastIndex = 0;
        for (let m = c.re.exec(t); m !== null; m = c.re.exec(t)) {
          if (c.unless?.(t, m.index)) continue;
          const range = b.toSource(m.index, m.index + Math.max(1, m[0].length));
          ctx.report({ range, message: ctx.t({ fr: c.fr, en: c.en || c.fr }), suggestions: c.right ? [c.right] : [] });
        }
      }
    }
  },
};
