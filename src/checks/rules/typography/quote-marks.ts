import type { Rule } from "../../rule.js";

const L = "[\\p{L}\\p{N}]";
/**
 * Quotation marks written the wrong way round or doubled from single ones:
 * a closing sign opening a quote (« ”amis” », « ’beaux quartiers’ »), an
 * opening sign closing it (« “amis“ », « homme« »), two single quotes for a
 * double one (« ‘‘barbare’’ », « ''Ça” »), a space inside curly quotes
 * (« “ excuses” »).
 */
/** Which quotation signs a block has, found in one pass: testing each sign with `includes` cost more than the patterns. */
const enum Sign {
  RightDouble = 1,
  LeftDouble = 2,
  Guillemet = 4,
  DoubledSingle = 8,
  /** An apostrophe at the start or after a space: French text has one after nearly every « l », « d », « qu ». */
  ApostropheAfterSpace = 16,
}

const isQuoteSpace = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x0a || c === 0x09 || c === 0x202f;

function signsIn(t: string): number {
  let signs = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201d) signs |= Sign.RightDouble;
    else if (c === 0x201c) signs |= Sign.LeftDouble;
    else if (c === 0xab) signs |= Sign.Guillemet;
    else if (c === 0x27 || c === 0x2019 || c === 0x2018) {
      const prev = i > 0 ? t.charCodeAt(i - 1) : -1;
      if (prev === c) signs |= Sign.DoubledSingle;
      if (c !== 0x2018 && (i === 0 || isQuoteSpace(prev))) signs |= Sign.ApostropheAfterSpace;
    }
  }
  return signs;
}

/** `needs`: the signs a block must have before the pattern runs. */
const CHECKS: Array<{ needs: number; re: RegExp; fr: string; en: string; lang?: "fr"; right: string; unless?: (text: string, at: number) => boolean }> = [
  // ” after a space or at the start, before a word: it opens.
  { needs: Sign.RightDouble, re: new RegExp(`(?:^|(?<=[\\s(]))”(?=${L})`, "gu"), fr: "« ” » ouvre la citation : « “ ».", en: '"”" opens the quote: "“".', right: "“" },
  // “ after a word, before a space, a punctuation mark or the end: it closes.
  { needs: Sign.LeftDouble, re: new RegExp(`(?<=${L}[.!?…]?)“(?=[\\s,.;:!?)]|$)`, "gu"), fr: "« “ » ferme la citation : « ” ».", en: '"“" closes the quote: "”".', right: "”" },
  // « glued to a word, or before a punctuation mark or the end: it closes.
  { needs: Sign.Guillemet, re: new RegExp(`(?<=${L}[.!?…]?)«|«(?=[\\s\\u00A0\\u202F]*(?:[,.;:!?)]|$))`, "gu"), fr: "« « » ferme la citation : « » ».", en: "« closes the quote: ».", right: "»", lang: "fr", unless: (t, at) => t.includes("»", at) },
  // Two single quotes for a double one.
  // (Three or more are wiki markup for bold or italics.)
  { needs: Sign.DoubledSingle, re: /‘‘|’’|(?<!')''(?!')/gu, fr: "Deux apostrophes pour un guillemet : « “ » ou « ” ».", en: 'Two single quotes for a double one: "“" or "”".', right: "“" },
  // A space inside curly double quotes.
  { needs: Sign.LeftDouble | Sign.RightDouble, re: /(?<=(?:^|[\s(])“)[ \u00A0](?=\p{L})|(?<=\p{L}[.!?…]?)[ \u00A0](?=”(?!\p{L}))/gu, fr: "Pas d'espace à l'intérieur de « “ ” ».", en: 'No space inside "“ ”".', right: "" },
  // French: ’ or ' opening a quote after a space (English has « ’90s », « 'em »).
  { needs: Sign.ApostropheAfterSpace, re: new RegExp(`(?:^|(?<=\\s))['’](?=${L}[^'’\\s]*(?:\\s${L}+)*['’](?:\\s|[,.;:!?]|$))`, "gu"), fr: "Apostrophe en guise de guillemet : « “ » ou « « ».", en: "", right: "“", lang: "fr" },
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
      const signs = signsIn(t);
      if (signs === 0) continue;
      for (const c of CHECKS) {
        if ((c.lang && c.lang !== doc.lang) || (c.needs & signs) === 0) continue;
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
