import type { Rule } from "../../rule.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/** `notAfter`: what may not stand before a match (the left boundary, checked per match rather than as a leading lookbehind, which V8 tries at every position). */
type Pattern = { re: RegExp; notAfter: RegExp; fix: (m: RegExpExecArray, next: string) => string; why: string };
/** "a.m." before a sentence's own period loses its last dot: "at 7 a.m." not "at 7 a.m..". */
const meridiem = (hour: string, letter: string, next: string): string => {
  const l = letter.toLowerCase();
  if (hour === "12") return l === "a" ? "midnight" : "noon";
  return `${hour} ${l}.m${next === "." ? "" : "."}`;
};
const PATTERNS: Pattern[] = [
  { re: /((?:1[5-9]|20)?\d0)'s(?![\p{L}])/gu, notAfter: /[\p{L}\p{N}]/u, fix: (m) => `${m[1]}s`, why: "decades take no apostrophe" },
  // "7 am", "7am", "7 PM": no dots.
  { re: /(\d{1,2})\s?([AaPp])[Mm](?![\p{L}])/gu, notAfter: /[\p{N}.:]/u, fix: (m, next) => meridiem(m[1] as string, m[2] as string, next), why: "times are written 7 a.m." },
  // "7a.m.": no space; "12 a.m.", "12 p.m.": ambiguous.
  { re: /(\d{1,2})(\s?)([ap])\.m\./gu, notAfter: /[\p{N}.:]/u, fix: (m) => (m[1] === "12" ? meridiem("12", m[3] as string, "") : m[2] ? m[0] : `${m[1]} ${m[3]}.m.`), why: "times are written 7 a.m.; 12 a.m. and 12 p.m. are ambiguous" },
  { re: /((?:1[5-9]|20)\d\d)-((?:1[5-9]|20)\d\d)(?![\p{N}\p{L}])/gu, notAfter: /\p{N}/u, fix: (m) => `${m[1]}–${m[2]}`, why: "ranges take an en dash" },
  { re: new RegExp(`(${MONTHS}),? of (\\d{4})(?![\\p{N}])`, "gu"), notAfter: /\p{L}/u, fix: (m) => `${m[1]} ${m[2]}`, why: "no \"of\" between month and year" },
  { re: new RegExp(`(${MONTHS}), (\\d{4})(?![\\p{N}])`, "gu"), notAfter: /\p{L}/u, fix: (m) => `${m[1]} ${m[2]}`, why: "no comma between month and year" },
];

const ASCII_DIGIT = /[0-9]/;

export const rule: Rule = {
  id: "typography/dates-times",
  group: "writing",
  lang: "en",
  severity: "warning",
  summary: "English dates and times in house style: \"the 1990s\", \"7 a.m.\", \"noon\", \"2000–2005\", \"August 2008\".",
  explanation:
    "Decades take no apostrophe (the 1990s), times are written 7 a.m. (and 12 a.m./p.m. are ambiguous: say midnight or noon), year ranges take an en dash (2000–2005), and a month and year need neither a comma nor \"of\" (August 2008). Each finding has a fix.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      // Every pattern has an ASCII digit; they start with a lookbehind, which V8 tries at every position.
      if (!ASCII_DIGIT.test(b.text)) continue;
      for (const { re, notAfter, fix, why } of PATTERNS) {
        forEachMatchAfterBoundary(re, b.text, notAfter, (m) => {
          const text = fix(m, b.text[m.index + m[0].length] ?? "");
          if (text === m[0]) return;
          const range = b.toSource(m.index, m.index + m[0].length);
          ctx.report({ range, message: `"${m[0]}" → "${text}" (${why}).`, suggestions: [text], fix: { range, text } });
        });
      }
    }
  },
};
