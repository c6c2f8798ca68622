import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, determiners, plainWord } from "../../util/fr-nominal-group.js";
import { formFor, mayBeParticiple } from "../../util/fr-conjugation.js";
import { ADVERBS, NOT_VERBS, PRONOUNS_ONLY, key } from "../../util/fr-verbs.js";

/** Words after which a determiner opens a clause and its group can be the subject. */
const CLAUSE_OPENERS = new Set(["que", "qu'", "quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "si", "mais", "car", "donc", "où", "alors", "puis", "ensuite", "enfin", "aujourd'hui", "désormais"]);
/** Singular nouns that take a plural verb (« la majorité survenaient »). */
const COLLECTIVE = new Set(["majorité", "plupart", "moitié", "minorité", "foule", "totalité", "multitude", "infinité", "quantité", "nombre", "reste", "ensemble", "groupe", "masse", "série"]);

/** Determiners that open an object after a verb (not « de, des, du »: « les lettres type des administrations »). */
const OBJECT_DETERMINERS = new Set(["le", "la", "les", "un", "une", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "leur", "leurs", "notre", "votre", "nos", "vos"]);

/** Third person singular ↔ plural endings, most specific first. */
const TO_PLURAL: Array<[RegExp, string]> = [
  [/ait$/u, "aient"],
  [/ra$/u, "ront"],
  [/it$/u, "issent"],
  [/e$/u, "ent"],
];
const TO_SINGULAR: Array<[RegExp, string]> = [
  [/aient$/u, "ait"],
  [/ront$/u, "ra"],
  [/issent$/u, "it"],
  [/ent$/u, "e"],
];

/** The same verb in the other number, if the dictionary has it. */
function otherNumber(verb: string, plural: boolean): string | null {
  const roots = new Set(classOf(verb).verbRoots);
  for (const [re, ending] of plural ? TO_PLURAL : TO_SINGULAR) {
    if (!re.test(verb)) continue;
    const form = verb.replace(re, ending);
    const c = classOf(form);
    if (c.finite && c.verbRoots.some((r) => roots.has(r))) return form;
  }
  return null;
}

/**
 * A determiner, a noun (and an adjective) and right after them a verb in the
 * other number: « les enfants mange » → « mangent », « le chat mangent » →
 * « mange ». The verb must be only a verb form (« le président » is also a
 * noun) and the determiner not an object pronoun (« il les mange »).
 */
export const rule: Rule = {
  id: "grammar/fr-noun-verb-agreement",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Verbe qui ne s'accorde pas avec le nom sujet qui le précède : « les enfants mange », « le chat mangent », « le feu nous donnes chaud ».",
  explanation:
    "A verb agrees with its subject. The rule looks for a determiner, a noun (optionally followed by an adjective), object pronouns (« nous, vous, lui, y, le »…) and a word that the dictionary knows only as a conjugated verb. When the group is plural (« les, des, ces, mes, nos, plusieurs »…) and the verb is a third person singular (-e, -ait, -it, -ra), or the group is singular and the verb plural (-ent, -aient, -issent, -ront), it reports the verb and suggests the form of the same verb in the other number, when the dictionary has it. A verb in the second person singular (« le feu nous donnes chaud », « le chien y viens », « les enfants en manges ») gets the third person of the group's number; « été » right after the group lacks its auxiliary (« les questions étés » → « étaient »). The group must open the sentence or a clause (after « que », « quand », « si », « mais »…; after a comma only for the second person, since « son courage, son ardeur étaient » lists subjects): after a preposition or « et » it is a complement or half of the subject (« les ailes de cet avion viennent », « la dame et sa fille avaient »). Words that are also nouns or adjectives (« les enfants président », « les lettres type ») count as verbs only after an object pronoun, or, after a plural group, before an object or an adverb (« ces marchands passe leur temps »); past participles in -is, -us (« un malfaiteur surpris »), dictionary entries such as « entre », collective nouns (« la majorité ») and determiners that may be object pronouns (« il les mange ») are left alone.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (const d of determiners(words, ctx)) {
        const det = words[d.index] as Word;
        // The group must open the clause: after « de », « et », « sur »… it is a complement or half a subject
        // (« les ailes de cet avion viennent », « la dame et sa fille avaient », « sur le parquet gisaient »).
        // After a comma the group may open a clause (« tu sais, la chatte passes par là ») or continue a list of subjects
        // (« son courage, son ardeur étaient »): only the second person singular is checked there.
        const afterComma = d.index > 0 && s.block.text.slice((words[d.index - 1] as Word).end, det.start).trim() === ",";
        if (d.index > 0 && !afterComma && !CLAUSE_OPENERS.has(key(words[d.index - 1] as Word))) continue;
        if (det.lower === "du" || det.lower === "au") continue;
        const noun = words[d.index + 1];
        if (!plainWord(noun) || !adjacent(s.block, det, noun)) continue;
        const n = classOf(noun.lower);
        if (!n.nominal || n.finite || n.infinitive) continue;
        // The noun's number must show and agree with the determiner's (« les chats », « le chat »).
        if (/[sx]$/u.test(noun.lower) !== d.plural) continue;
        let v = d.index + 2;
        const maybeAdjective = words[v];
        if (plainWord(maybeAdjective) && adjacent(s.block, noun, maybeAdjective)) {
          const a = classOf(maybeAdjective.lower);
          if (a.gendered && !a.finite && /[sx]$/u.test(maybeAdjective.lower) === d.plural) v++;
        }
        // Object pronouns between the group and the verb (« le feu nous donne », « les hommes ne le lui pardonnent »).
        const first = v;
        while (v < words.length && (PRONOUNS_ONLY.has(key(words[v] as Word)) || /^(?:le|la|les|l')$/u.test(key(words[v] as Word)))) v++;
        const verb = words[v];
        const before = words[v - 1] as Word;
        if (!plainWord(verb) || !adjacent(s.block, before, verb)) continue;
        if (v > first && !adjacent(s.block, words[first - 1] as Word, words[first] as Word)) continue;
        const c = classOf(verb.lower);
        // « les questions étés incompréhensibles », « ce mec été un connard »: the participle of « être » without its auxiliary.
        const next = words[v + 1];
        if ((verb.lower === "été" || verb.lower === "étés") && !n.gendered && !afterComma && v === first && plainWord(next) && adjacent(s.block, verb, next)) {
          const right = d.plural ? "étaient" : "était";
          ctx.report({
            range: verb.range,
            message: `« ${det.text} ${noun.text} ${verb.text} » : il manque l'auxiliaire ou le verbe est à conjuguer (« ${right} », « ${d.plural ? "ont" : "a"} été »).`,
            suggestions: [right, `${d.plural ? "ont" : "a"} été`],
          });
          continue;
        }
        // A verb of the second person singular (« le feu nous donnes », « le chien viens », « les chattes manges »).
        if (/[sx]$/u.test(verb.lower) && !/(?:ons|ez|mes|tes)$/u.test(verb.lower) && c.finite && !c.participle && !c.infinitive && !NOT_VERBS.has(verb.lower) && !ADVERBS.has(verb.lower) && !mayBeParticiple(verb.lower)) {
          // Without a pronoun in between, the word must be only a verb (« les mains sales »); « le » and « la » may be articles.
          const pronounBefore = v > first && PRONOUNS_ONLY.has(key(before)) && key(before) !== "en";
          const right = formFor(verb.lower, d.plural ? "ils" : "il");
          if (right && (pronounBefore || (!c.nominal && !c.entry))) {
            ctx.report({
              range: verb.range,
              message: `Accord : « ${det.text} ${noun.text} … ${verb.text} » — le verbe doit être à la troisième personne du ${d.plural ? "pluriel" : "singulier"} (« ${right} »).`,
              suggestions: [right],
              fix: { range: verb.range, text: right },
            });
          }
          continue;
        }
        if (afterComma || (v > first && !PRONOUNS_ONLY.has(key(before)))) continue;
        // An entry of the dictionary is a preposition, an adverb or an infinitive as well (« entre », « contre »).
        // A noun as well (« passe », « danse », « type »): a verb when a pronoun stands before it or an object or adverb after it
        // (« ces marchands passe leur temps »), not in « les contrats type », « les lettres type des administrations ».
        const objectAfter = next !== undefined && plainWord(next) && adjacent(s.block, verb, next) && (OBJECT_DETERMINERS.has(next.lower) || ADVERBS.has(next.lower));
        const asVerb = c.nominal && !c.gendered && !NOT_VERBS.has(verb.lower) && d.plural && verb.lower.endsWith("e") && (objectAfter || (v > first && PRONOUNS_ONLY.has(key(before))));
        if (!c.finite || (c.nominal && !asVerb) || c.infinitive || c.participle || (c.entry && !asVerb)) continue;
        if (COLLECTIVE.has(noun.lower)) continue;
        const right = otherNumber(verb.lower, d.plural);
        if (!right) continue;
        // Already right for this number: « les chats mangent » has -ent, « le chat mange » has -e.
        if (d.plural ? /(?:ent|ont)$/u.test(verb.lower) : !/(?:ent|ont)$/u.test(verb.lower)) continue;
        ctx.report({
          range: verb.range,
          message: `Accord : « ${det.text} ${noun.text} … ${verb.text} » — le verbe doit être au ${d.plural ? "pluriel" : "singulier"} (« ${right} »).`,
          suggestions: [right],
          fix: { range: verb.range, text: right },
        });
      }
    }
  },
};
