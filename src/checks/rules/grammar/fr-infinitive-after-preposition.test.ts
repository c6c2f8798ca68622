import { rule } from "./fr-infinitive-after-preposition.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Nous voulons partager nos idées pour avancer sans attendre. Une étude de marché, pour le marché, sans fumée." },
    // « de » + participle as an attribute, « de » as a plural article, « à l'… » adverbial phrases.
    { lang: "fr", text: "Il n'y a rien de changé. Qu'y a-t-il de changé ? Il y en a un de cassé. Elle a joué de sacrés tours. 25 € de gagnés." },
    { lang: "fr", text: "Il a une tête de déterré. On passe de sophistiqué à classique. J'étais quelqu'un d'intelligent et de cultivé." },
    { lang: "fr", text: "Comme à l'accoutumée, elle cuisine à l'étouffée. Le dossier de l'incarcéré. Luc est quant à lui condamné." },
    // Nouns after a pronoun that may be an article.
    { lang: "fr", text: "Elle parle de la pensée de Pascal et de la poussée d'Archimède, à leur marché." },
    // A stressed pronoun followed by the clause's verb; « pour » meaning "as".
    { lang: "fr", text: "Tout ce qui provenait de vous parlait à son âme. Les hommes qui se servaient de lui espéraient. Il a pour mission de tout changer ; il sera tenu pour achevé." },
    { lang: "fr", text: "Et en quoi consistait le festin ? Ils n'ont pas de quoi manger. Ils tiennent pour sacrées les lois." },
  ],
  invalid: [
    { lang: "fr", text: "Il part sans nous chassez de chez lui.", findings: [{ actual: "chassez", message: "« chassez » → « chasser » (infinitif après « sans »)." }], output: "Il part sans nous chasser de chez lui." },
    { lang: "fr", text: "Cela suffit de les aimait.", findings: [{ actual: "aimait" }], output: "Cela suffit de les aimer." },
    { lang: "fr", text: "Nous étions en train de trouvé une solution.", findings: [{ actual: "trouvé", message: "« trouvé » → « trouver » (infinitif après « de »)." }] },
    { lang: "fr", text: "Elle est en train de mangée.", findings: [{ actual: "mangée" }] },
    { lang: "fr", text: "Ils n'ont pas de quoi pavoisé.", findings: [{ actual: "pavoisé", message: "« pavoisé » → « pavoiser » (infinitif après « quoi »)." }] },
    { lang: "fr", text: "Elle savait quoi préparé.", findings: [{ actual: "préparé" }] },
    { lang: "fr", text: "À quoi bon leur donné raison ?", findings: [{ actual: "donné", message: "« donné » → « donner » (infinitif après « à quoi bon »)." }], output: "À quoi bon leur donner raison ?" },
    { lang: "fr", text: "Il faut manger pour vivre, pas vivre pour mangé.", findings: [{ actual: "mangé" }], output: "Il faut manger pour vivre, pas vivre pour manger." },
    { lang: "fr", text: "Ne pas hésiter à demandé des conseils.", findings: [{ actual: "demandé" }] },
    { lang: "fr", text: "Ne jamais mangez de viande !", findings: [{ actual: "mangez", message: "« mangez » → « manger » (infinitif après la négation)." }], output: "Ne jamais manger de viande !" },
    { lang: "fr", text: "N'en jamais cédait une seule miette.", findings: [{ actual: "cédait" }], output: "N'en jamais céder une seule miette." },
    { lang: "fr", text: "Il a du mal à obligé ces gens, de ne leur en avancé que le nécessaire.", findings: [{ actual: "obligé" }, { actual: "avancé" }] },
    { lang: "fr", text: "Il s'agit de me donnait tout ça, à l'y poussé.", findings: [{ actual: "donnait" }, { actual: "poussé" }], output: "Il s'agit de me donner tout ça, à l'y pousser." },
  ],
});
