import type { Rule } from "../../rule.js";
import type { Lang } from "../../types.js";
import { writingData } from "./lexicons.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

const LETTER = /\p{L}/u;

function compile(lang: Lang): { aux: RegExp; participle: (w: string) => boolean } {
  const p = writingData[lang].passive;
  const aux = [...p.auxiliaries].sort((a, b) => b.length - a.length).map((a) => a.replace(/ /g, "\\s+"));
  const irregular = new Set(p.irregular);
  const exceptions = new Set(p.exceptions);
  const suffixes = [...p.suffixes].sort((a, b) => b.length - a.length);
  return {
    aux: new RegExp(`(?:${aux.join("|")})\\s+(?:(?:not|pas|ne|jamais|plus|très|bien|mal|trop|toujours|souvent|déjà|vite|already|often|never|also|always|badly|aussi|été)\\s+)?([\\p{L}]+)(?![\\p{L}'’-])`, "giu"),
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
      forEachMatchAfterBoundary(c.aux, b.text, LETTER, (m) => {
        const participle = m[1] as string;
        if (!c.participle(participle)) return;
        ctx.report({
          range: b.toSource(m.index, m.index + m[0].length),
          message: ctx.t({ fr: `Voix passive : « ${m[0]} ».`, en: `Passive voice: "${m[0]}".` }),
        });
      });
    }
  },
};
