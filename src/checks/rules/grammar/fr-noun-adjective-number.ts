import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, determiners, plainWord } from "../../util/fr-nominal-group.js";

const COORDINATION = new Set(["et", "ou", "ni"]);
const FEMININE = new Set(["la", "une", "cette", "ma", "ta", "sa"]);
/** After these the adjective is part of a longer expression (« noir d'encre », « un brin trop »). */
const FOLLOWERS = new Set(["de", "d'", "d’", "du", "des", "que", "qu'", "qu’", "à", "comme"]);
/** Nouns that are really pronouns or idioms (« les uns … les autres », « l'air contents »). */
const NOT_NOUNS = new Set(["uns", "unes", "autres", "air", "ayants"]);
/** Gendered words that follow a noun as something else than its adjective. */
const NOT_ADJECTIVES = new Set(["un", "une", "sur", "certain", "certains", "certaine", "certaines", "tel", "telle", "tels", "telles", "haut", "bas", "fort", "droit", "juste", "seul", "seuls", "seule", "seules", "même", "mêmes", "tout", "toute", "tous", "toutes", "nul", "nulle", "demi", "possible", "possibles"]);

/** The plural of an adjective form that shares its root, if the dictionary has it (« noir » → « noirs », « égal » → « égaux »). */
function pluralOf(word: string): string | null {
  const roots = new Set(classOf(word).nominalRoots);
  for (const form of [`${word}s`, `${word}x`, word.replace(/al$/u, "aux")]) {
    if (form === word) continue;
    const c = classOf(form);
    if (c.nominal && !c.entry && c.nominalRoots.some((r) => roots.has(r))) return form;
  }
  return null;
}

/** The singular of a plural adjective form: without its -s, or the entry it comes from. */
function singularOf(word: string): string | null {
  const c = classOf(word);
  const bare = word.slice(0, -1);
  const b = classOf(bare);
  if (b.nominal && b.nominalRoots.some((r) => c.nominalRoots.includes(r))) return bare;
  return c.nominalRoots[0] ?? null;
}

/**
 * An adjective right after a noun takes the noun's number: « des chats noir »
 * → « noirs », « un chat noirs » → « noir ». Only words of the inflection
 * classes with a feminine (mostly adjectives) are judged; invariable colour
 * nouns (« marron ») and nouns in apposition of one form are left alone.
 */
export const rule: Rule = {
  id: "grammar/fr-noun-adjective-number",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Adjectif qui ne s'accorde pas en nombre avec le nom : « des chats noir », « un chat noirs ».",
  explanation:
    "An adjective agrees with its noun. The rule looks for a determiner, a noun whose number shows the same (« les chats », « un chat ») and, right after it with only spaces between, a word of an inflection class with a feminine (mostly adjectives: « noir/noire/noirs »). It reports that word when its number differs from the group's and the dictionary has the other form from the same entry. Left alone: words that are also verb forms (« les enfants mange » is the verb rule's; « précise »), words without a feminine, which the dictionary files with nouns (adjectives such as « simple », « efficace » as well as nouns in apposition: « des robes marron »), coordinated groups (« espagnol et mexicain »), an adjective followed by a word it qualifies (« grande taille », « blond platine »), and compounds.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (const d of determiners(words)) {
        const det = words[d.index] as Word;
        const noun = words[d.index + 1];
        const adj = words[d.index + 2];
        if (!plainWord(noun) || !plainWord(adj) || NOT_NOUNS.has(noun.lower) || NOT_ADJECTIVES.has(adj.lower)) continue;
        if (noun.lower.includes("-") || adj.lower.includes("-") || !adjacent(s.block, det, noun) || !adjacent(s.block, noun, adj)) continue;
        const n = classOf(noun.lower);
        if (!n.nominal || n.finite || n.infinitive) continue;
        const nounPlural = /[sx]$/u.test(noun.lower) && !n.entry;
        if (nounPlural !== d.plural || (!d.plural && /[sx]$/u.test(noun.lower))) continue;
        const a = classOf(adj.lower);
        if (!a.gendered || a.finite || a.infinitive || a.participle) continue;
        // Coordinated groups agree together (« une rapidité et une profondeur déconcertantes », « espagnol et mexicain »).
        const before = words[d.index - 1];
        if (words.slice(Math.max(0, d.index - 3), d.index).some((w) => COORDINATION.has(w.lower)) || (before && s.block.text.slice(before.end, det.start).includes(","))) continue;
        // « une répartition des revenus judicieuse »: « des » = « de les », the adjective may go with the first noun.
        if (det.lower === "des" && before && classOf(before.lower).nominal) continue;
        const next = words[d.index + 3];
        if (/^\s*[,;(–—-]/u.test(s.block.text.slice(adj.end, adj.end + 3))) continue;
        if (next && (COORDINATION.has(next.lower) || FOLLOWERS.has(next.lower) || (() => {
          // « grande taille », « blond platine », « haut placés »: the word qualifies what follows.
          const c = classOf(next.lower);
          return c.nominal || c.participle;
        })())) continue;
        const adjPlural = /[sx]$/u.test(adj.lower) && !a.entry;
        if (adjPlural === d.plural || (/[sx]$/u.test(adj.lower) && a.entry)) continue;
        let right = d.plural ? pluralOf(adj.lower) : singularOf(adj.lower);
        // A feminine determiner tells the gender: « une géologue intelligents » → « intelligente ».
        if (right && !d.plural && FEMININE.has(det.lower) && !right.endsWith("e") && classOf(`${right}e`).nominalRoots.some((r) => a.nominalRoots.includes(r))) right = `${right}e`;
        if (!right || right === adj.lower) continue;
        ctx.report({
          range: adj.range,
          message: `Accord : « ${det.text} ${noun.text} ${adj.text} » — l'adjectif doit être au ${d.plural ? "pluriel" : "singulier"} (« ${right} »).`,
          suggestions: [right],
          fix: { range: adj.range, text: right },
        });
      }
    }
  },
};
