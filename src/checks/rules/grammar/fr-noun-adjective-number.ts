import type { Rule, RuleContext } from "../../rule.js";
import type { Block, Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { adjacent, determiners, plainWord, type DeterminerAt } from "../../util/fr-nominal-group.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

const COORDINATION = new Set(["et", "ou", "ni"]);
const FEMININE = new Set(["la", "une", "cette", "ma", "ta", "sa"]);
/** After these the adjective is part of a longer expression (« noir d'encre », « un brin trop »). */
const FOLLOWERS = new Set(["de", "d'", "d’", "du", "des", "que", "qu'", "qu’", "à", "comme"]);
/** Nouns of time make adverbials after which the adjective goes with the subject (« il resta quelques instants immobile »). */
const TIME = ["instant", "instants", "jour", "jours", "moment", "moments", "heure", "heures", "minute", "minutes", "seconde", "secondes", "semaine", "semaines", "mois", "an", "ans", "année", "années", "soir", "soirs", "matin", "matins", "nuit", "nuits", "fois", "temps", "siècle", "siècles"];
/** Nouns that are really pronouns or idioms (« les uns … les autres », « l'air contents »). */
const NOT_NOUNS = new Set(["uns", "unes", "autre", "autres", "air", "ayants", ...TIME]);
/** Gendered words that follow a noun as something else than its adjective. */
const NOT_ADJECTIVES = new Set(["un", "une", "sur", "certain", "certains", "certaine", "certaines", "tel", "telle", "tels", "telles", "haut", "bas", "fort", "droit", "juste", "seul", "seuls", "seule", "seules", "même", "mêmes", "tout", "toute", "tous", "toutes", "nul", "nulle", "demi", "possible", "possibles"]);

/** Colours, which make compounds (« bleu clair », « vert pomme »). */
const COLOURS = new Set(["noir", "noirs", "noire", "noires", "blanc", "blancs", "bleu", "bleus", "rouge", "rouges", "vert", "verts", "jaune", "jaunes", "gris", "brun", "bruns", "rose", "roses", "violet", "violets", "clair", "clairs", "foncé", "foncés"]);
/** Adjectives that usually stand before the noun (« un petit chien brun »). */
const PRENOMINAL = new Set(["petit", "grand", "gros", "beau", "bel", "joli", "jeune", "vieux", "vieil", "bon", "mauvais", "nouveau", "nouvel", "long", "haut", "vrai", "faux", "premier", "dernier", "meilleur", "pire"]);
/** Their forms, so that a word is looked up in the dictionary only when it is one (« grandes », « belle »). */
const PRENOMINAL_FORMS = new Set([...PRENOMINAL].flatMap((r) => [r, `${r}e`, `${r}s`, `${r}es`]).concat(["belle", "belles", "beaux", "vieille", "vieilles", "bonne", "bonnes", "grosse", "grosses", "nouvelle", "nouvelles", "nouveaux", "longue", "longues", "fausse", "fausses", "première", "premières", "dernière", "dernières"]));

/**
 * An adjective without a feminine (« pathétique », « futile »), told from nouns by an adverb in -ment or an
 * adjective ending (-able, -ible, -uble, -ique): the dictionary files both as nouns.
 */
function epicene(word: string): boolean {
  const c = classOf(word);
  if (!c.nominal || c.finite || c.infinitive || c.participle) return false;
  const singular = word.endsWith("s") && !c.entry ? word.slice(0, -1) : word;
  return /(?:[aiu]ble|ique)$/u.test(singular) || (singular.endsWith("e") && isKnown(`${singular}ment`, "fr"));
}

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
    const index = wordIndex(doc, ctx);
    const des = positionsOf(doc, ctx, DE);
    let at = 0;
    for (const s of doc.sentences) {
      const words = s.words;
      // « de grands homme », « de belle qualités »: after « de », an adjective before the noun and the noun disagree.
      // The « de » of the sentence come from the shared word index (ascending, so one pointer follows the sentences).
      for (; at < des.length && (index.sentence[des[at] as number]?.index ?? -1) <= s.index; at++) {
        if (index.sentence[des[at] as number] !== s) continue;
        const i = index.inSentence[des[at] as number] as number;
        if (i + 2 >= words.length) continue;
        const k = (words[i] as Word).lower;
        if (k !== "de" && k !== "d'" && k !== "d’") continue;
        const adj = words[i + 1] as Word;
        if (!PRENOMINAL_FORMS.has(adj.lower)) continue;
        const noun = words[i + 2] as Word;
        if (!plainWord(adj) || !plainWord(noun) || adj.lower === "nouveau" || noun.lower.includes("-") || !adjacent(s.block, words[i] as Word, adj) || !adjacent(s.block, adj, noun)) continue;
        const a = classOf(adj.lower);
        if (!a.nominal || a.finite || a.infinitive || !a.nominalRoots.some((r) => PRENOMINAL.has(r))) continue;
        const n = classOf(noun.lower);
        if (!n.nominal || n.infinitive || n.participle || NOT_NOUNS.has(noun.lower)) continue;
        const adjPlural = /[sx]$/u.test(adj.lower) ? (a.entry ? null : true) : false;
        const nounPlural = /[sx]$/u.test(noun.lower) ? (n.entry ? null : true) : n.entry ? false : null;
        if (adjPlural === null || nounPlural === null || adjPlural === nounPlural) continue;
        // The next word is not a noun the group goes on with (« de bon cœur joie »).
        const next = words[i + 3];
        if (next && adjacent(s.block, noun, next) && next.kind === "word" && classOf(next.lower).nominal && !FOLLOWERS.has(next.lower) && !COORDINATION.has(next.lower)) continue;
        const plural = [adjPlural ? adj.lower : pluralOf(adj.lower), nounPlural ? noun.lower : pluralOf(noun.lower) ?? `${noun.lower}s`];
        const suggestion = plural.every((x) => x && isKnown(x, "fr")) ? plural.join(" ") : null;
        ctx.report({
          range: [adj.range[0], noun.range[1]],
          message: `Accord : « ${adj.text} ${noun.text} » — l'adjectif et le nom doivent avoir le même nombre${suggestion ? ` (« ${suggestion} »)` : ""}.`,
          suggestions: suggestion ? [suggestion] : [],
        });
      }
      for (const d of determiners(words, ctx)) {
        const det = words[d.index] as Word;
        // « un chat noir », then « les petits chiens bruns » (an adjective before the noun) and « le roi chrétien tyranniques » (a second adjective).
        let n = d.index + 1;
        const afterFirst = words[n + 1];
        if (afterFirst && words[n + 2] && isPrenominal(words[n], afterFirst, d.plural)) n++;
        const noun = words[n];
        if (!plainWord(noun) || NOT_NOUNS.has(noun.lower) || noun.lower.includes("-") || !adjacent(s.block, words[n - 1] as Word, noun)) continue;
        const c = classOf(noun.lower);
        if (!c.nominal || c.finite || c.infinitive) continue;
        const nounPlural = /[sx]$/u.test(noun.lower) && !c.entry;
        if (nounPlural !== d.plural || (!d.plural && /[sx]$/u.test(noun.lower))) continue;
        // Coordinated groups agree together (« une rapidité et une profondeur déconcertantes », « espagnol et mexicain »).
        const before = words[d.index - 1];
        if (coordinated(words, d.index) || (before && s.block.text.slice(before.end, det.start).includes(","))) continue;
        // « une répartition des revenus judicieuse »: « des » = « de les », the adjective may go with the first noun.
        if (det.lower === "des" && before && classOf(before.lower).nominal) continue;
        const verdict = judge(s.block, words, d, n + 1);
        if (verdict !== "fits" && verdict !== "no") report(ctx, det, noun, words[n + 1] as Word, verdict, d.plural);
        else if (verdict === "no" && judge(s.block, words, d, n + 1, true) === "fits" && !COLOURS.has((words[n + 1] as Word).lower)) {
          // « le roi chrétien tyranniques »: a second adjective agrees too.
          const second = judge(s.block, words, d, n + 2);
          if (second !== "fits" && second !== "no") report(ctx, det, noun, words[n + 2] as Word, second, d.plural);
        }
      }
    }
  },
};

/** « de », « d' »: found through the shared word index. */
const DE = triggers(["de", "d'"]);

/** « et » or « ou » among the three words before `i` (a loop: this runs for every determiner). */
function coordinated(words: readonly Word[], i: number): boolean {
  for (let j = Math.max(0, i - 3); j < i; j++) if (COORDINATION.has((words[j] as Word).lower)) return true;
  return false;
}

/** An adjective before the noun, in the determiner's number (« les petits chiens », « un gros connard »). */
function isPrenominal(adj: Word | undefined, noun: Word, plural: boolean): boolean {
  if (!plainWord(adj) || !plainWord(noun) || NOT_ADJECTIVES.has(adj.lower) || !PRENOMINAL_FORMS.has(adj.lower)) return false;
  const a = classOf(adj.lower);
  if (!a.gendered || a.finite || a.infinitive || a.participle || !PRENOMINAL.has(a.nominalRoots[0] ?? "")) return false;
  if (/[sx]$/u.test(adj.lower) && a.entry) return true;
  return (/[sx]$/u.test(adj.lower) && !a.entry) === plural;
}

/** The word at `j` after the noun: « no » (not an adjective of the group), « fits », or its right form. */
function judge(block: Block, words: readonly Word[], d: DeterminerAt, j: number, alone = false): string {
  const det = words[d.index] as Word;
  const adj = words[j];
  const prev = words[j - 1] as Word;
  if (!plainWord(adj) || NOT_ADJECTIVES.has(adj.lower) || adj.lower.includes("-") || !adjacent(block, prev, adj)) return "no";
  const a = classOf(adj.lower);
  if (a.finite || a.infinitive || a.participle || !a.nominal || (!a.gendered && !epicene(adj.lower))) return "no";
  const next = alone ? undefined : words[j + 1];
  if (/^\s*[,;(–—-]/u.test(block.text.slice(adj.end, adj.end + 3))) return "no";
  if (next && (COORDINATION.has(next.lower) || FOLLOWERS.has(next.lower) || (() => {
    // « grande taille », « blond platine », « haut placés »: the word qualifies what follows.
    const c = classOf(next.lower);
    return c.nominal || c.participle;
  })())) return "no";
  const adjPlural = /[sx]$/u.test(adj.lower) && !a.entry;
  if (adjPlural === d.plural || (/[sx]$/u.test(adj.lower) && a.entry)) return "fits";
  let right = d.plural ? pluralOf(adj.lower) : singularOf(adj.lower);
  // A feminine determiner tells the gender: « une géologue intelligents » → « intelligente ».
  if (right && !d.plural && FEMININE.has(det.lower) && !right.endsWith("e") && classOf(`${right}e`).nominalRoots.some((r) => a.nominalRoots.includes(r))) right = `${right}e`;
  return right && right !== adj.lower ? right : "no";
}

function report(ctx: RuleContext, det: Word, noun: Word, adj: Word, right: string, plural: boolean): void {
  ctx.report({
    range: adj.range,
    message: `Accord : « ${det.text} ${noun.text} ${adj.text} » — l'adjectif doit être au ${plural ? "pluriel" : "singulier"} (« ${right} »).`,
    suggestions: [right],
    fix: { range: adj.range, text: right },
  });
}
