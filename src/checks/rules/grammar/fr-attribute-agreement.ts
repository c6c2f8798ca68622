import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { data } from "../../lang/fr/verbs.generated.js";
import { ADVERBS, AUXILIARIES, ETRE, key, skipWords } from "../../util/fr-verbs.js";

const NEGATION = new Set(["ne", "n'"]);
const NOT_BEFORE_SUBJECT = new Set(["et", "ou", "ni", "d'", "de", "en", "à", "avec", "pour", "chez", "sans", "par", "sur", "sous", "contre", "entre", "vers", "après", "avant", "selon", "comme", "que", "qu'", "autour", "près", "loin"]);

const LINKING = new Set([...ETRE, ...data.linking]);
const NOT_ATTRIBUTES = new Set(data.notAttributes);
/** Intensifiers before an attribute: « il est si fragile ». */
const INTENSIFIERS = new Set([...ADVERBS, "si", "très", "trop", "aussi", "tellement", "vraiment", "assez", "peu", "fort", "bien", "plutôt", "moins", "plus", "toujours", "parfois", "souvent", "encore", "déjà"]);

type Subject = "sing" | "fem-sing" | "plur" | "fem-plur";
const SUBJECTS = new Map<string, Subject>(Object.entries({ il: "sing", je: "sing", "j'": "sing", tu: "sing", elle: "fem-sing", ils: "plur", elles: "fem-plur" }) as Array<[string, Subject]>);

/** The attribute's correct form for the subject, or null when it agrees or cannot be judged. */
function agreed(word: string, subject: Subject): string | null {
  const plural = /[sx]$/u.test(word);
  switch (subject) {
    case "sing":
      // « il est fragiles » → « fragile »; words in -x are the same in the singular (« heureux »).
      return word.endsWith("s") && !word.endsWith("ss") && isKnown(word.slice(0, -1), "fr") ? word.slice(0, -1) : null;
    case "fem-sing": {
      // « elle est petits » → « petite », « elle est parti » → « partie »
      const singular = word.endsWith("s") && isKnown(word.slice(0, -1), "fr") ? word.slice(0, -1) : plural ? null : word;
      if (singular === null) return null;
      const feminine = !singular.endsWith("e") && isKnown(`${singular}e`, "fr") ? `${singular}e` : singular;
      return feminine === word ? null : feminine;
    }
    case "plur":
      return !plural && isKnown(`${word}s`, "fr") ? `${word}s` : null;
    case "fem-plur":
      if (word.endsWith("es")) return null;
      if (word.endsWith("s")) return isKnown(`${word.slice(0, -1)}es`, "fr") ? `${word.slice(0, -1)}es` : null;
      if (word.endsWith("e")) return isKnown(`${word}s`, "fr") ? `${word}s` : null;
      return !plural && isKnown(`${word}es`, "fr") ? `${word}es` : null;
  }
}

/**
 * The attribute after « être », « sembler », « devenir »… agrees with a
 * subject pronoun: « il est fragiles » → « fragile », « elle est parti » →
 * « partie », « ils sont content » → « contents ».
 */
export const rule: Rule = {
  id: "grammar/fr-attribute-agreement",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Attribut qui ne s'accorde pas avec le pronom sujet : « il est fragiles », « elle est parti », « ils sont content » ; « ils sont la. » → « là ».",
  explanation:
    "After « être » or a linking verb (« sembler », « paraître », « devenir », « rester », « demeurer »; also « a été »), the attribute agrees in gender and number with the subject. The rule looks at « il, elle, je, tu, ils, elles » + (ne) + the verb + (adverbs such as « si », « très », « pas ») + a word, and reports the word when its form does not fit the subject and the fitting form (without -s, with -e, -s or -es) is in the dictionary. Adverbs, prepositions, determiners and nouns ending in -s that often follow « être » are listed in `lang/fr/verbs.yml` and left alone; so are pronominal verbs (« elle s'est rendu compte », whose agreement depends on the object), a pronoun after a preposition or « et » (« autour d'elle », « Pierre et elle »), and the gender after « je » and « tu », which the text does not tell. « la » right after the verb and before a punctuation mark is the adverb « là » (« ils sont la. »).",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i < words.length; i++) {
        const subject = SUBJECTS.get(key(words[i] as Word));
        if (!subject) continue;
        // « Pierre et elle », « autour d'elle »: not the whole subject, or not a subject.
        const prev = i > 0 ? key(words[i - 1] as Word) : "";
        if (NOT_BEFORE_SUBJECT.has(prev)) continue;
        // Only « ne » may stand between: with « se », « me »… the rules of pronominal verbs apply (« elle s'est rendu compte »).
        let v = skipWords(words, i + 1, NEGATION);
        let verb = words[v];
        if (!verb) continue;
        // « il a été », « elles avaient été »
        if (AUXILIARIES.has(key(verb)) && words[v + 1] && key(words[v + 1] as Word) === "été") verb = words[++v];
        if (!verb || !LINKING.has(key(verb))) continue;
        // « elle sont parties »: the verb disagrees first; that is another rule's finding.
        if (key(verb).endsWith("nt") !== subject.endsWith("plur")) continue;
        const a = skipWords(words, v + 1, INTENSIFIERS);
        const attr = words[a];
        // « les résultats seront la. » → « là »: the article cannot end a clause.
        if (attr && attr.lower === "la" && a === v + 1 && /^\s*(?:[.!?;,…]|$)/u.test(s.block.text.slice(attr.end, attr.end + 2))) {
          const right = attr.text === "La" ? "Là" : "là";
          ctx.report({ range: attr.range, message: `« ${attr.text} » → « ${right} » (adverbe de lieu).`, suggestions: [right], fix: { range: attr.range, text: right } });
          continue;
        }
        if (!attr || attr.kind !== "word" || attr.elided || attr.text !== attr.lower || NOT_ATTRIBUTES.has(attr.lower)) continue;
        if (!isKnown(attr.lower, "fr")) continue;
        const right = agreed(attr.lower, subject);
        if (!right) continue;
        ctx.report({
          range: attr.range,
          message: `Accord : « ${words[i]?.text} … ${attr.text} » → « ${right} ».`,
          suggestions: [right],
          fix: { range: attr.range, text: right },
        });
      }
    }
  },
};
