import type { Rule } from "../../rule.js";
import type { Lang } from "../../types.js";
import { writingData } from "./lexicons.js";
import { charBefore, isLetterUnit } from "../../util/text.js";
import type { Word } from "../../document/model.js";
import { lowerCase } from "../../document/tokenize.js";

const LETTER = /\p{L}/u;

function compile(lang: Lang): { aux: RegExp; first: ReadonlySet<string>; participle: (w: string) => boolean } {
  const p = writingData[lang].passive;
  const aux = [...p.auxiliaries].sort((a, b) => b.length - a.length).map((a) => a.replace(/ /g, "\\s+"));
  const irregular = new Set(p.irregular);
  const exceptions = new Set(p.exceptions);
  const suffixes = [...p.suffixes].sort((a, b) => b.length - a.length);
  return {
    first: new Set(p.auxiliaries.map((a) => a.split(" ")[0] as string)),
    aux: new RegExp(`(?:${aux.join("|")})\\s+(?:(?:not|pas|ne|jamais|plus|très|bien|mal|trop|toujours|souvent|déjà|vite|already|often|never|also|always|badly|aussi|été)\\s+)?([\\p{L}]+)(?![\\p{L}'’-])`, "iuy"),
    participle: (w) => {
      const lw = w.toLowerCase();
      if (exceptions.has(lw)) return false;
      if (irregular.has(lw)) return true;
      return lw.length > 4 && suffixes.some((s) => lw.endsWith(s));
    },
  };
}
const COMPILED = { en: compile("en"), fr: compile("fr") };

export const rule: Rule = {
  id: "writing/passive-voice",
  group: "writing",
  lang: "any",
  severity: "info",
  summary: "Passive voice (\"was published by\", « a été publié par »).",
  explanation:
    "The passive hides who acts and makes sentences longer. Prefer the active voice, especially in calls to action. Detected as a form of \"to be\" / « être » followed by a past participle; adjectives that look like participles (\"interested\", « connu ») are listed as exceptions in the language data.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const c = COMPILED[ctx.lang === "fr" ? "fr" : "en"];
    for (const b of doc.blocks) {
      let from = 0;
      for (const w of b.words) {
        const at = auxiliaryStart(w, c.first);
        if (at < from || LETTER.test(charBefore(b.text, at))) continue;
        c.aux.lastIndex = at;
        const m = c.aux.exec(b.text);
        if (!m) continue;
        from = at + m[0].length;
        if (!c.participle(m[1] as string)) continue;
        ctx.report({
          range: b.toSource(at, from),
          message: ctx.t({ fr: `Voix passive : « ${m[0]} ».`, en: `Passive voice: "${m[0]}".` }),
        });
      }
    }
  },
};

/**
 * Where an auxiliary can start in a word, or -1. The auxiliary is followed by a space, so it is the
 * word's last run of letters (all of it, mostly; « 2est », « peut-être » give their tail; an astral letter
 * ends the run, which only adds a candidate), preceded by something that is not a letter: testing that run against the auxiliaries' first words is much
 * cheaper than trying the whole pattern at every position of the text.
 */
function auxiliaryStart(w: Word, first: ReadonlySet<string>): number {
  const k = w.key ?? w.lower;
  // Most words: the whole word is the run.
  if (first.has(k)) return w.start;
  const t = w.text;
  let i = t.length;
  while (i > 0 && isLetterUnit(t, i - 1)) i--;
  return i > 0 && i < t.length && first.has(lowerCase(t.slice(i))) ? w.start + i : -1;
}
