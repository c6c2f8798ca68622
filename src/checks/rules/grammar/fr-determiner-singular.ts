import type { Rule, RuleContext } from "../../rule.js";
import type { Block, Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { classOf, type WordClass } from "../../util/fr-morph.js";
import { adjacent, determiners, plainWord } from "../../util/fr-nominal-group.js";
import { key } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/** Singular determiners that are also pronouns or adjectives (« je leur parle », « aucun ne vient », « un match nul »). */
const OTHER_SINGULAR = new Set(["leur", "aucun", "aucune", "nul", "nulle", "ledit", "ladite", "dudit"]);
const OTHER_SINGULAR_WORDS = triggers(OTHER_SINGULAR);
/** Words after which « leur » is a determiner. */
const AFTER_PREPOSITION = new Set(["de", "d'", "du", "dans", "à", "pour", "avec", "sur", "par", "en", "sans", "chez", "contre", "vers", "entre", "sous", "selon", "malgré", "et", "ou", "mais"]);

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
    const index = wordIndex(doc, ctx);
    const found = positionsOf(doc, ctx, OTHER_SINGULAR_WORDS);
    let at = 0;
    for (const s of doc.sentences) {
      const words = s.words;
      // « leur », « aucun », « nul », « ledit » are also pronouns or adjectives: a determiner only before a noun that is not a verb form,
      // or after a preposition or at the start of a sentence (« dans leur usines », « Leur perceptions… »).
      // They come from the shared word index (ascending, so one pointer follows the sentences).
      for (; at < found.length && (index.sentence[found[at] as number]?.index ?? -1) <= s.index; at++) {
        if (index.sentence[found[at] as number] !== s) continue;
        const i = index.inSentence[found[at] as number] as number;
        if (i + 1 >= words.length) continue;
        const det = words[i] as Word;
        if (!OTHER_SINGULAR.has(det.lower)) continue;
        const noun = words[i + 1] as Word;
        const c = pluralNounAfter(s.block, det, noun);
        if (!c) continue;
        const prev = words[i - 1];
        if (prev && !AFTER_PREPOSITION.has(key(prev)) && (c.finite || det.lower === "nul" || det.lower === "nulle" || classOf(key(prev)).nominal)) continue;
        if (!prev && c.finite && det.lower === "leur") continue;
        reportSingular(ctx, det, noun, c);
      }
      for (const d of determiners(words, ctx)) {
        if (d.plural) continue;
        const det = words[d.index] as Word;
        const noun = words[d.index + 1];
        const c = pluralNounAfter(s.block, det, noun);
        if (!c || c.finite) continue;
        // « vingt et un jours », « mille et une nuits »: a number, not an article.
        if ((det.lower === "un" || det.lower === "une") && d.index > 0 && words[d.index - 1]?.lower === "et") continue;
        reportSingular(ctx, det, noun as Word, c);
      }
    }
  },
};

/** The class of the word after `det` when it is a plural that the dictionary derives from a noun (« chats »), else null. */
function pluralNounAfter(block: Block, det: Word, noun: Word | undefined): WordClass | null {
  if (!plainWord(noun) || !/[sx]$/u.test(noun.lower) || noun.lower.includes("-") || !adjacent(block, det, noun)) return null;
  const c = classOf(noun.lower);
  return c.nominal && !c.entry && !c.infinitive && !c.participle ? c : null;
}

/** Reports « det noun » with the noun's singular, when the dictionary gives one. */
function reportSingular(ctx: RuleContext, det: Word, noun: Word, c: WordClass): void {
  const singular = isKnown(noun.lower.slice(0, -1), "fr") && classOf(noun.lower.slice(0, -1)).nominal ? noun.lower.slice(0, -1) : c.nominalRoots[0];
  if (!singular || singular === noun.lower) return;
  ctx.report({
    // The whole group is underlined: either word may be the wrong one (« le rois » → « le roi » or « les rois »).
    range: [det.range[0], noun.range[1]],
    message: `Accord : « ${det.text} ${noun.text} » — le nom doit être au singulier (« ${singular} »).`,
    suggestions: [singular],
    fix: { range: noun.range, text: singular },
  });
}
