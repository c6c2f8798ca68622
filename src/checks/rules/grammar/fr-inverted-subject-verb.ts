import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { formFor, mayBeParticiple } from "../../util/fr-conjugation.js";
import { adjacent, determiners, plainWord } from "../../util/fr-nominal-group.js";
import { NOT_VERBS, key } from "../../util/fr-verbs.js";

/** Relative pronouns and interrogative adverbs after which the subject may follow its verb (« l'amour dont parlent les femmes »). */
const TRIGGERS = new Set(["dont", "que", "qu'", "où", "comment", "lequel", "laquelle", "lesquels", "lesquelles", "duquel", "desquels", "desquelles", "auquel", "auxquels", "auxquelles"]);
/** « lequel » and its forms are the object of a preposition here (« pour lesquels viennent les invités »); alone they are the subject. */
const LEQUEL = new Set(["lequel", "laquelle", "lesquels", "lesquelles"]);
const PREPOSITIONS = new Set(["pour", "par", "sur", "sous", "dans", "avec", "contre", "sans", "vers", "chez", "entre", "parmi", "selon", "malgré", "derrière", "devant", "après", "avant", "envers"]);
/** After these the group is half of a subject (« ce que disent le maire et le préfet »). */
const COORDINATION = new Set(["et", "ou", "ni", "comme", "ainsi", "avec"]);
/** Singular nouns that may take a plural verb (« ce que pensent la plupart des gens »). */
const COLLECTIVE = new Set(["majorité", "plupart", "moitié", "minorité", "foule", "totalité", "multitude", "infinité", "quantité", "nombre", "reste", "ensemble", "groupe", "masse", "série", "tiers", "quart", "peu"]);
/** « qu'importe les détails » is accepted usage. */
const INVARIABLE = new Set(["importe", "importent", "soit", "soient"]);

/**
 * A verb placed before its subject after « dont », « que », « où »,
 * « lequel »… agrees with the group that follows it: « l'amour dont parle les
 * femmes » → « parlent », « les possibilités qu'offrent le chien » →
 * « offre », « Où vas l'homme ? » → « va ».
 */
export const rule: Rule = {
  id: "grammar/fr-inverted-subject-verb",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Verbe avant son sujet qui ne s'accorde pas avec lui : « l'amour dont parle les femmes », « ce qu'offrent le chien ».",
  explanation:
    "After « dont », « que », « où », « comment » or « lequel, duquel, auxquels »…, the subject often follows the verb, and the verb still agrees with it: « l'amour dont parlent les femmes », « les possibilités qu'offre le chien », « d'où viennent les hommes ? ». The rule looks at a conjugated verb right after one of these words and followed by a determiner and a noun whose number shows, and reports a verb in the other number (or in the second person: « Où vas l'homme ? ») with the form of the same verb that agrees, when the dictionary has it. A group followed by « et », « ou », « avec »… (« ce que disent le maire et le préfet »), collective nouns (« la plupart ») and « qu'importe » are left alone.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (const d of determiners(words, ctx)) {
        const at = d.index - 1;
        const verb = words[at];
        if (at < 1 || !plainWord(verb) || !TRIGGERS.has(key(words[at - 1] as Word))) continue;
        const trigger = key(words[at - 1] as Word);
        if (LEQUEL.has(trigger) && (at < 2 || !PREPOSITIONS.has(key(words[at - 2] as Word)))) continue;
        const det = words[d.index] as Word;
        if (det.lower === "du" || det.lower === "au" || !adjacent(s.block, verb, det)) continue;
        const noun = words[d.index + 1];
        if (!plainWord(noun) || !adjacent(s.block, det, noun)) continue;
        const n = classOf(noun.lower);
        if (!n.nominal || /[sx]$/u.test(noun.lower) !== d.plural || COLLECTIVE.has(noun.lower)) continue;
        let end = d.index + 2;
        const adjective = words[end];
        if (plainWord(adjective) && adjacent(s.block, noun, adjective) && classOf(adjective.lower).gendered && /[sx]$/u.test(adjective.lower) === d.plural) end++;
        // « le maire et le préfet », « l'égoïsme, la cupidité »: a plural verb may have several subjects.
        if (!d.plural && words.slice(end, end + 3).some((w) => COORDINATION.has(key(w)))) continue;
        if (!d.plural && words[end] && !adjacent(s.block, words[end - 1] as Word, words[end] as Word)) continue;
        const v = verb.lower;
        const c = classOf(v);
        // « vous n'avez que cuit des pains »: a participle after « ne … que ».
        if (!c.finite || c.infinitive || mayBeParticiple(v) || INVARIABLE.has(v) || NOT_VERBS.has(v) || COLLECTIVE.has(v)) continue;
        if ((trigger === "que" || trigger === "qu'") && at >= 2 && classOf(key(words[at - 2] as Word)).finite && !classOf(key(words[at - 2] as Word)).nominal) continue;
        if (d.plural ? /(?:ent|ont)$/u.test(v) : /[^aeiouy]ient$/u.test(v) || !/(?:ent|ont|[sx])$/u.test(v)) continue;
        const right = formFor(v, d.plural ? "ils" : "il");
        if (!right) continue;
        ctx.report({
          range: verb.range,
          message: `Accord : « ${verb.text} … ${det.text} ${noun.text} » — le verbe s'accorde avec le sujet qui le suit (« ${right} »).`,
          suggestions: [right],
          fix: { range: verb.range, text: right },
        });
      }
    }
  },
};
