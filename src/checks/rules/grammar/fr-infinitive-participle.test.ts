import { rule } from "./fr-infinitive-participle.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il a mangé. Elle va manger. Nous voulons partager nos idées pour avancer sans attendre." },
    { lang: "fr", text: "Il est boucher et fier de l'être. Une étude de marché, pour le marché, sans fumée. Je la préfère salée." },
    // « avions », « aura » as nouns; « être » linking two infinitives; « cet être ».
    { lang: "fr", text: "Nous avons vu des avions voler haut. Son aura brillait. Écouter n'est pas opiner. Je sais ce qu'est aimer." },
    { lang: "fr", text: "Lire, ce n'est pas épeler. Nous avons vu cet être donner sa vie. C'est manger qu'il faut." },
    // « Est-ce » and inverted linking verbs before an infinitive; « si » before an infinitive subject; nouns after determiners.
    { lang: "fr", text: "Est-ce former des citoyens ? Était-ce trop demander ? Semble-t-il aimer ça ? Si manger est un plaisir, mangeons." },
    { lang: "fr", text: "Un dîner, son coucher, un premier pas. Celui qui mange, celle de Paul. Il est très fier." },
  ],
  invalid: [
    { lang: "fr", text: "Il a donner sa vie pour elle.", findings: [{ actual: "donner", message: "« donner » → « donné » (participe passé après l'auxiliaire)." }], output: "Il a donné sa vie pour elle." },
    { lang: "fr", text: "Je ne lui ai rien demander.", findings: [{ actual: "demander", column: 19 }], output: "Je ne lui ai rien demandé." },
    { lang: "fr", text: "Notre outil a était pensé pour vous.", findings: [{ actual: "était", message: "« était » → « été » (participe passé après l'auxiliaire)." }], output: "Notre outil a été pensé pour vous." },
    { lang: "fr", text: "Sont-ils déjà arriver ?", findings: [{ actual: "arriver", message: "« arriver » → « arrivés » (participe passé après « être »)." }], output: "Sont-ils déjà arrivés ?" },
    // Any subject, inversion, « avoir » in the infinitive, -ez and -ait endings.
    { lang: "fr", text: "Sébastien a demander des conseils.", findings: [{ actual: "demander" }], output: "Sébastien a demandé des conseils." },
    { lang: "fr", text: "Quelle pierre avait-il lancer ?", findings: [{ actual: "lancer" }], output: "Quelle pierre avait-il lancé ?" },
    { lang: "fr", text: "Avez-vous signez le contrat ?", findings: [{ actual: "signez" }], output: "Avez-vous signé le contrat ?" },
    { lang: "fr", text: "L'homme a réellement marcher sur la Lune.", findings: [{ actual: "marcher" }] },
    { lang: "fr", text: "Avoir marcher toute la journée m'a épuisée.", findings: [{ actual: "marcher" }] },
    { lang: "fr", text: "Il y a consacrait son temps.", findings: [{ actual: "consacrait" }], output: "Il y a consacré son temps." },
    // The participle may agree with an object before « avoir »: suggestions only.
    { lang: "fr", text: "Les avaient-ils détectez ?", findings: [{ actual: "détectez", message: "« détectez » → « détecté », « détectée », « détectés », « détectées » (participe passé après l'auxiliaire)." }], output: "Les avaient-ils détectez ?" },
    // « être »: -ez always, -er when the word is not a noun or adjective.
    { lang: "fr", text: "C'est être emportez par la vague.", findings: [{ actual: "emportez" }] },
    { lang: "fr", text: "Était-ce oubliait ?", findings: [{ actual: "oubliait", message: "« oubliait » → « oublié » (participe passé après « était »)." }] },
    { lang: "fr", text: "Semble-t-elle désirait ?", findings: [{ actual: "désirait" }], output: "Semble-t-elle désirée ?" },
    { lang: "fr", text: "Celui développer par Tim était moins efficace.", findings: [{ actual: "développer", message: "« développer » → « développé » (participe passé après « Celui »)." }], output: "Celui développé par Tim était moins efficace." },
    { lang: "fr", text: "Celles attaquer par la moisissure sont foutues.", findings: [{ actual: "attaquer" }], output: "Celles attaquées par la moisissure sont foutues." },
    { lang: "fr", text: "Une époque très bien documenter.", findings: [{ actual: "documenter", message: /adjectif après « très »/u }] },
    { lang: "fr", text: "Aussi borner que soit son père, il l'écoute.", findings: [{ actual: "borner" }] },
    { lang: "fr", text: "Il est conçu par un employer très compétent.", findings: [{ actual: "employer", message: /« employé »/u }] },
    { lang: "fr", text: "Ces hommes sont tromper par tous ces hypocrites.", findings: [{ actual: "tromper", message: /« trompé », « trompée », « trompés », « trompées »/u }] },
  ],
});
