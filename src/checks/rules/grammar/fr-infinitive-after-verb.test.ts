import { rule } from "./fr-infinitive-after-verb.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il a mangé. Elle va manger. Il doit pouvoir détecter ces erreurs. J'ai laissé tomber." },
    // Attributes after the verb.
    { lang: "fr", text: "Je la préfère salée. Je la veux propre. Il vient fâché. Ils viennent fâchés. Il était venu poussé par la curiosité." },
    { lang: "fr", text: "Cela vous laisse désemparé. Pourquoi faire compliqué quand on peut faire simple ? Pas besoin de faire compliqué." },
    // Nouns: « un fait avéré », « un immense pouvoir », « pour une part préservé ».
    { lang: "fr", text: "Aucun fait avéré ne correspond. Un immense pouvoir l'animait. Il est pour une part préservé. Il veut le marché." },
    // The modal ends a relative clause.
    { lang: "fr", text: "Ce qu'elle voulait le rendait fou." },
  ],
  invalid: [
    { lang: "fr", text: "Il devait utilisé son temps.", findings: [{ actual: "utilisé", message: "« utilisé » → « utiliser » (infinitif après « devait »)." }], output: "Il devait utiliser son temps." },
    { lang: "fr", text: "Vous pouvez les détectez.", findings: [{ actual: "détectez" }], output: "Vous pouvez les détecter." },
    { lang: "fr", text: "Il doit pouvoir détectez ces erreurs.", findings: [{ actual: "détectez", message: "« détectez » → « détecter » (infinitif après « pouvoir »)." }] },
    { lang: "fr", text: "Elles ont voulu mangé de la viande.", findings: [{ actual: "mangé" }], output: "Elles ont voulu manger de la viande." },
    { lang: "fr", text: "Peut-il chassé ces intrus ?", findings: [{ actual: "chassé" }], output: "Peut-il chasser ces intrus ?" },
    { lang: "fr", text: "Il faudrait l'essayé.", findings: [{ actual: "essayé" }] },
    { lang: "fr", text: "Nous avons laissé pensé que ça ne nous concernait pas.", findings: [{ actual: "pensé" }] },
    { lang: "fr", text: "Tu fais décoloré tes cheveux ?", findings: [{ actual: "décoloré" }] },
    { lang: "fr", text: "Elle me laisse vous aidés.", findings: [{ actual: "aidés" }], output: "Elle me laisse vous aider." },
    { lang: "fr", text: "Mieux vaut consacré son temps à des occupations utiles.", findings: [{ actual: "consacré" }] },
    { lang: "fr", text: "Ils ont beau consacré leur temps à ce projet.", findings: [{ actual: "consacré", message: "« consacré » → « consacrer » (infinitif après « beau »)." }] },
    { lang: "fr", text: "Ces types venaient mangé chez moi.", findings: [{ actual: "mangé" }] },
  ],
});
