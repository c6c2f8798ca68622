import type { Rule } from "../../rule.js";

const FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const FR_WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:er)?[ \\u00A0\\u202F](${FR_MONTHS.join("|")})(?:[ \\u00A0\\u202F](\\d{4}))?(?![\\p{L}\\p{N}])`, "giu");
const EN_WRITTEN = new RegExp(`(?<![\\p{L}\\p{N}])(${EN_MONTHS.join("|")}) (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\p{L}\\p{N}])`, "giu");
/** Day, month, year in figures, the French order: 29/02/2011, 32.03.2018, 40-02-2011, 29 02 2011. */
const FR_NUMERIC = /(?<![\p{L}\p{N}./-])(\d{1,2})([/.\- ])(\d{1,2})\2(\d{4})(?![\p{N}])/gu;

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in a month (1–12); February has 29 when the year is unknown. */
function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || leap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * A date that does not exist: « le 31 avril », « 30 février », « 29 février
 * 2011 », « 32.03.2018 », "February 30". Usually a typo in a post announcing an event.
 */
export const rule: Rule = {
  id: "typography/impossible-date",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "A date that does not exist: « 31 avril », « 29 février 2011 », « 32/03/2018 », \"February 30\".",
  explanation:
    "An announcement with a date that cannot exist sends readers nowhere. The rule checks written dates (« 31 avril », \"April 31\") and, in French, dates in figures in day/month/year order (« 32/03/2018 »), with leap years when the year is given. Figures in month/day order are English and ambiguous, so they are left alone.",
  check(doc, ctx) {
    const report = (range: readonly [number, number], text: string): void => {
      ctx.report({ range, message: ctx.t({ fr: `Date impossible : « ${text} ».`, en: `This date does not exist: "${text}".` }) });
    };
    for (const b of doc.blocks) {
      const t = b.text;
      if (!/\d/u.test(t)) continue;
      if (doc.lang === "fr") {
        FR_WRITTEN.lastIndex = 0;
        for (let m = FR_WRITTEN.exec(t); m !== null; m = FR_WRITTEN.exec(t)) {
          const day = Number(m[1]);
          const month = FR_MONTHS.indexOf((m[2] as string).toLowerCase()) + 1;
          if (day === 0 || day > daysIn(month, m[3] ? Number(m[3]) : null)) report(b.toSource(m.index, m.index + m[0].length), m[0]);
        }
        FR_NUMERIC.lastIndex = 0;
        for (let m = FR_NUMERIC.exec(t); m !== null; m = FR_NUMERIC.exec(t)) {
          const day = Number(m[1]);
          const month = Number(m[3]);
          if (month < 1 || month > 12 || day === 0 || day > daysIn(month, Number(m[4]))) report(b.toSource(m.index, m.index + m[0].length), m[0]);
        }
      } else {
        EN_WRITTEN.lastIndex = 0;
        for (let m = EN_WRITTEN.exec(t); m !== null; m = EN_WRITTEN.exec(t)) {
          const month = EN_MONTHS.indexOf((m[1] as string).toLowerCase()) + 1;
          const day = Number(m[2]);
          // "May 40" may be a quantity ("May 40 people come"): only the months that are never words.
          if (month === 5) continue;
          if (day === 0 || day > daysIn(month, m[3] ? Number(m[3]) : null)) report(b.toSource(m.index, m.index + m[0].length), m[0]);
        }
      }
    }
  },
};
