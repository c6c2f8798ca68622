import { rule } from "./fr-gender-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Une maison, la grande maison, un grand homme, mon amie, son histoire, cet homme, cette femme, du pain, au marché, quelle femme, aucun doute." },
    // Words of either gender or of both readings are not judged: « le livre, la livre », « le tour, la tour », « un, une élève ».
    { lang: "fr", text: "La livre sterling, le tour du monde, une élève brillante, la critique, le critique." },
    // Pronouns before a verb, and « un » / « une » as pronouns.
    { lang: "fr", text: "Je la vois. Ce sont eux. Quelqu'un joue du piano. L'une dit non. Trois espèces dont une est éteinte." },
    // Set phrases: « à la diable », « ce putain de temps », « La numéro 1 », inclusive writing.
    { lang: "fr", text: "Il travaille à la diable. Ce putain de temps ! La numéro 1 mondiale. Un ou une électricien·ne." },
    // The group ends at the noun: a participle or an adjective after it may belong to another word.
    { lang: "fr", text: "Un frère et une sœur réunis. Une photo noir et blanc. Une fois terminé, ils sont revenus. Le flou demeure." },
    // Adverbs in the group, « à nouveau », « grand » before some feminine nouns.
    { lang: "fr", text: "C'est la moins habile de toutes. Elle est à nouveau amoureuse. J'ai grand faim. Les pâtes sont bonnes car trop cuites." },
    // A compound whose head is the second noun (seed 004).
    { lang: "fr", text: "Ils n'ont besoin ni d'une rock star ni d'un gourou." },
    { lang: "fr", text: "Quelle est cette femme ? Quel que soit le prix. Quelles que soient les raisons. Quel est mon avis ?" },
  ],
  invalid: [
    { lang: "fr", text: "Quel femme.", findings: [{ actual: "Quel femme", message: "Genre : « Quel » est masculin, « femme » est féminin → « Quelle femme »." }] },
    { lang: "fr", text: "Il y avait la gigantesque monument.", findings: [{ actual: "la gigantesque monument" }] },
    { lang: "fr", text: "C'est du chienne.", findings: [{ actual: "du chienne", message: "Genre : « du » est masculin, « chienne » est féminin → « de la chienne »." }] },
    { lang: "fr", text: "Cet idiote.", findings: [{ actual: "Cet idiote" }] },
    { lang: "fr", text: "Voici mon chienne.", findings: [{ actual: "mon chienne" }] },
    { lang: "fr", text: "Trois d'un quelconque élégance.", findings: [{ actual: "un quelconque élégance" }] },
    { lang: "fr", text: "Un petite animal.", findings: [{ actual: "Un petite" }] },
    // Past an agreeing adjective that stands before nouns.
    { lang: "fr", text: "Une grande homme.", findings: [{ actual: "Une grande homme" }] },
    { lang: "fr", text: "Cet ballon.", findings: [{ actual: "Cet", message: "« Cet ballon » → « Ce ballon » (« cet » ne s'emploie que devant une voyelle)." }], output: "Ce ballon." },
    { lang: "fr", text: "Quelle est mon animal favori ?", findings: [{ actual: "Quelle" }], output: "Quel est mon animal favori ?" },
    { lang: "fr", text: "Quel que soit cette femme.", findings: [{ actual: "Quel" }], output: "Quelle que soit cette femme." },
    { lang: "fr", text: "Quels qu'en soient les raisons.", findings: [{ actual: "Quels" }], output: "Quelles qu'en soient les raisons." },
    { lang: "fr", text: "Quel sont ces hommes.", findings: [{ actual: "Quel" }], output: "Quels sont ces hommes." },
    { lang: "fr", text: "Il vient de petite homme.", findings: [{ actual: "petite homme", message: "Genre : « petite » est féminin, « homme » est masculin." }] },
  ],
});
