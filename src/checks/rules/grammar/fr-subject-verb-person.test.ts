import { rule } from "./fr-subject-verb-person.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Je mange, tu manges, il mangeait, ils mangeaient. On refuse tout cela." },
    { lang: "fr", text: "Vous nous donnez tort. Je vous explique. Pour vous aider, nous travaillons." },
    { lang: "fr", text: "Il convient d'agir. J'ai délibérément tu l'affaire. Une d'elles risquait gros. Tu même ?" },
    { lang: "fr", text: "Je vous le dis. Tu me le prends. Il ment, il sent, il vient. Elles nous croient. Je ne sais pas." },
    { lang: "fr", text: "C'est toi qui sais. C'est moi qui suis venu. Ceux d'entre vous qui savent lire. L'animal en moi qui le veut." },
    { lang: "fr", text: "Cela dit, il viendra. Personne ne sait. Rien ne va plus. Chacun fait ce qu'il veut. Quelqu'un viendra." },
    { lang: "fr", text: "Pierre et elle étaient fiancés. Il ou elle conçoivent. Le pronom « elles » est au pluriel. Des polluants comme celui-ci viennent de loin." },
    { lang: "fr", text: "Alors, nous diront le chien et le chat, vous êtes des tyrans. Il a converti cela en médailles." },
    { lang: "fr", text: "Ce sont des gens bien. C'étaient des cris. Ce doit être lui. Mieux vaut tard que jamais. Ne se plus voir. Il se tait." },
    { lang: "fr", text: "Tu s'ras content. Sait iel comment faire ? Il a un emploi. Il y a du contact." },
    { lang: "fr", text: "Je mange et bois. Je t'aime et te respecte. Ils vont et viennent. Je le poussai, et, satisfait, je partis." },
  ],
  invalid: [
    { lang: "fr", text: "Ce seras foutu. C'en étais trop. Mieux valais se taire.", findings: [{ actual: "seras" }, { actual: "étais" }, { actual: "valais" }], output: "Ce sera foutu. C'en était trop. Mieux valait se taire." },
    { lang: "fr", text: "Tu connais et voit la réponse. Ils viennent et devine tout.", findings: [{ actual: "voit" }, { actual: "devine" }], output: "Tu connais et vois la réponse. Ils viennent et devinent tout." },
    { lang: "fr", text: "Nous avancez. Vous ne mangeait que des légumes. Ils ne leur en veut pas.", findings: [{ actual: "avancez" }, { actual: "mangeait" }, { actual: "veut" }], output: "Nous avançons. Vous ne mangiez que des légumes. Ils ne leur en veulent pas." },
    { lang: "fr", text: "Je travail. Elle ne m'oubli pas. Je m'en fou.", findings: [{ actual: "travail" }, { actual: "oubli" }, { actual: "fou" }], output: "Je travaille. Elle ne m'oublie pas. Je m'en fous." },
    { lang: "fr", text: "Se crois élu par Dieu.", findings: [{ actual: "crois", message: "Accord : « Se … crois » → « croit » ou « croient »." }] },
    { lang: "fr", text: "Il s'en suis des représailles.", findings: [{ actual: "suis", message: "Accord : « Il … suis » → « est » ou « suit »." }] },
    { lang: "fr", text: "Je le lui prend.", findings: [{ actual: "prend", message: "Accord : « Je … prend » → « prends »." }], output: "Je le lui prends." },
    { lang: "fr", text: "J'y vient. Je ne leur en veut pas.", findings: [{ actual: "vient" }, { actual: "veut" }], output: "J'y viens. Je ne leur en veux pas." },
    { lang: "fr", text: "Tu ne le lui prend pas. Tu les connaît. Tu a mal.", findings: [{ actual: "prend" }, { actual: "connaît" }, { actual: "a" }], output: "Tu ne le lui prends pas. Tu les connais. Tu as mal." },
    { lang: "fr", text: "Il rougis. Elle finis. Il y en as.", findings: [{ actual: "rougis" }, { actual: "finis" }, { actual: "as" }], output: "Il rougit. Elle finit. Il y en a." },
    { lang: "fr", text: "C'est moi qui donnes. Toi qui n'y connaît rien.", findings: [{ actual: "donnes" }, { actual: "connaît" }], output: "C'est moi qui donne. Toi qui n'y connais rien." },
    { lang: "fr", text: "Personne ne peux le dire. Cela ne t'aideras pas. Celle-ci deviennent fortes.", findings: [{ actual: "peux" }, { actual: "aideras" }, { actual: "deviennent" }], output: "Personne ne peut le dire. Cela ne t'aidera pas. Celle-ci devient fortes." },
    { lang: "fr", text: "Tu croix que tu sais.", findings: [{ actual: "croix" }], output: "Tu crois que tu sais." },
    { lang: "fr", text: "Tu la donne à qui ?", findings: [{ actual: "donne", message: "Accord : « Tu … donne » → « donnes »." }], output: "Tu la donnes à qui ?" },
    { lang: "fr", text: "Je ne le lui achèterait pas.", findings: [{ actual: "achèterait" }], output: "Je ne le lui achèterais pas." },
    { lang: "fr", text: "On refuses tout cela et il mangeais.", findings: [{ actual: "refuses", column: 4 }, { actual: "mangeais" }], output: "On refuse tout cela et il mangeait." },
    { lang: "fr", text: "Elles mangeait.", findings: [{ actual: "mangeait" }], output: "Elles mangeaient." },
    { lang: "fr", text: "Nous travaillez ensemble et vous travaillons seuls.", findings: [{ actual: "travaillez" }, { actual: "travaillons" }], output: "Nous travaillons ensemble et vous travaillez seuls." },
  ],
});
