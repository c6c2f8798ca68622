import { rule } from "./fr-imperative-person.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Prends ton temps. Ne dis rien. Finis ton assiette. Donne-le-moi. Vas-y. Donnes-en un peu." },
    { lang: "fr", text: "Vient le temps des cerises. Sort le nouveau film. Reste la question du prix. Ne reste que la question." },
    { lang: "fr", text: "Castres est une belle ville. Notes de lecture. Soit. Suffit ! Pourrait… N'est pas toujours produit par l'humeur." },
    { lang: "fr", text: "Suit une liste de conseils. Sort le dernier album. « Non ! » répond le ministre. — Aie ! » fit le Grand Chancelier." },
    { lang: "fr", text: "Ne se point ménager. Ne m'accablerait pas comme cette aventure. Donnes-tu ta part ? Prend-il le train ?" },
  ],
  invalid: [
    { lang: "fr", text: "Ne donnes pas autant.", findings: [{ actual: "donnes", message: "Impératif : « donnes » → « donne »." }], output: "Ne donne pas autant." },
    { lang: "fr", text: "Apportes ton fric. N'insistes pas.", findings: [{ actual: "Apportes" }, { actual: "insistes" }], output: "Apporte ton fric. N'insiste pas." },
    { lang: "fr", text: "Vient. Finit ton assiette. Ne me prend pas pour un idiot.", findings: [{ actual: "Vient" }, { actual: "Finit" }, { actual: "prend" }], output: "Viens. Finis ton assiette. Ne me prends pas pour un idiot." },
    { lang: "fr", text: "Prend le chemin de droite. Attend la correction.", findings: [{ actual: "Prend" }, { actual: "Attend" }], output: "Prends le chemin de droite. Attends la correction." },
    { lang: "fr", text: "Vas au diable ! Ne soit pas en retard. Ne dix rien.", findings: [{ actual: "Vas" }, { actual: "soit" }, { actual: "dix" }], output: "Va au diable ! Ne sois pas en retard. Ne dis rien." },
  ],
});
