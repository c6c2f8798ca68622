import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, determiners, plainWord } from "../../util/fr-nominal-group.js";

/**
 * A singular determiner before a noun in the plural: « le chats », « une
 * maisons », « ce livres ». The noun's number comes from the dictionary: a
 * plural form is derived from its entry (« chats » from « chat »), while
 * words that are the same in both numbers are entries themselves (« le
 * temps », « un pays ») and are left alone.
 */
export const rule: Rule = {
  id: "grammar/fr-determiner-singular",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Nom au pluriel après un déterminant singulier : « le chats », « une maisons ».",
  explanation:
    "After a singular determiner (« le, la, l', un, une, ce, cet, cette, mon, ma, son, sa, du, au, chaque »…) the noun is singular. The rule reports the next word when the dictionary derives it as the plural of a noun or adjective (« chats » from « chat »), it is not also a verb form (« je la portes » is left to the verb rules) and the determiner is not an object pronoun (« il le sait »). Nouns that are the same in both numbers (« le temps », « un pays ») are dictionary entries themselves and are not reported; nor are compounds (« le porte-outils ») and « et un », « et une » in numbers (« vingt et un jours »). The suggestion is the singular.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (const d of determiners(words)) {
        if (d.plural) continue;
        const det = words[d.index] as Word;
        const noun = words[d.index + 1];
        if (!plainWord(noun) || !/[sx]$/u.test(noun.lower) || noun.lower.includes("-") || !adjacent(s.block, det, noun)) continue;
        // « vingt et un jours », « mille et une nuits »: a number, not an article.
        if ((det.lower === "un" || det.lower === "une") && d.index > 0 && words[d.index - 1]?.lower === "et") continue;
        const c = classOf(noun.lower);
        if (!c.nominal || c.entry || c.finite || c.infinitive || c.participle) continue;
        const singular = isKnown(noun.lower.slice(0, -1), "fr") && classOf(noun.lower.slice(0, -1)).nominal ? noun.lower.slice(0, -1) : c.nominalRoots[0];
        if (!singular || singular === noun.lower) continue;
        ctx.report({
          // The whole group is underlined: either word may be the wrong one (« le rois » → « le roi » or « les rois »).
          range: [det.range[0], noun.range[1]],
          message: `Accord : « ${det.text} ${noun.text} » — le nom doit être au singulier (« ${singular} »).`,
          suggestions: [singular],
          fix: { range: noun.range, text: singular },
        });
      }
    }
  },
};
