import { rule } from "./fr-subjunctive.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    // Subjunctive already, or a form shared by both moods, or the imperfect subjunctive.
    { lang: "fr", text: "Il faut que tu viennes. Bien qu'il soit malade, il travaille. Pour que nous mangions ensemble. Il faut qu'il mange." },
    { lang: "fr", text: "Il sortit sans qu'on le vît. Bien qu'il eût trouvé la solution, il se tut. Il faut que cela change." },
    // Indicative triggers: « penser », « croire », « espérer », « après que », « il est probable que », « se douter », negated « douter ».
    { lang: "fr", text: "Je pense qu'il vient. Je crois qu'il est là. Il espère que tu viendras. Après qu'il est parti, nous avons mangé. Il est probable qu'il viendra." },
    { lang: "fr", text: "Je me doute qu'il viendra. Sans doute qu'il viendra. Nul doute qu'il viendra. Je ne doute pas qu'ils réussiront." },
    // « que » relative, comparative, restrictive, consequence.
    { lang: "fr", text: "Le livre que tu lis est beau. Il est plus grand que tu ne le crois. Il veut plus que je ne peux donner. On n'attendait que le train." },
    { lang: "fr", text: "Il est si content qu'il chante. C'était si attendu qu'il avait renoncé. La demande que j'ai faite est partie. C'est cet interdit qu'il faut lever." },
    // « bien que » only opening a clause; « à ce que » a relative after « attention » or with a thing as subject.
    { lang: "fr", text: "Je sais bien que tu es là. Si bien que nous sommes partis. Fais attention à ce que tu dis. Son succès tient à ce qu'elle devient plus forte." },
    // Narrative « il arriva que », « en admettant que » acknowledging a fact, the conditional after a concession.
    { lang: "fr", text: "Il arriva que le roi mourut. Tu vivras mieux en admettant que tu ne peux pas tout faire. Bien qu'il aurait pu venir, il resta." },
    // « Bien qu'il avait donné à ses enfants »: may be the noun « un bien » and a relative clause.
    { lang: "fr", text: "C'est un joli bien. Bien qu'il a hérité de son oncle." },
    // Indicative after « dès que », « lorsque », « quand »…: forms shared with the indicative, the passé simple, « quand bien même ».
    { lang: "fr", text: "Quand il eut fini, il partit. Lorsque les enfants connaissent la réponse, ils lèvent la main. Quand je peigne mes cheveux, je chante. Dès que les gens viennent, on commence." },
    { lang: "fr", text: "Il partit, parce qu'il eût été ridicule de rester. Quand il l'eût voulu, il ne l'aurait pas pu." },
    { lang: "fr", text: "Quand bien même il serait là, je partirais. Après qu'il est parti, nous avons mangé. Quand nous venions ici, il faisait beau. Lorsqu'il ouvre la porte, le chat sort." },
  ],
  invalid: [
    { lang: "fr", text: "Il faut qu'il vient demain.", findings: [{ actual: "vient", message: "Subjonctif attendu : « qu'il vient » → « vienne »." }], output: "Il faut qu'il vienne demain." },
    { lang: "fr", text: "Afin que Valérie trouva refuge.", findings: [{ actual: "trouva", message: "Subjonctif attendu : « que Valérie trouva » → « trouve » ou « trouvât »." }] },
    { lang: "fr", text: "Sans qu'elle prend le temps. Pour qu'il fait son travail.", findings: [{ actual: "prend" }, { actual: "fait" }], output: "Sans qu'elle prenne le temps. Pour qu'il fasse son travail." },
    { lang: "fr", text: "Il faut qu'il est confiance.", findings: [{ actual: "est", message: /« soit » ou « ait »/ }] },
    { lang: "fr", text: "Je veux que nous prenons le train et que vous venez.", findings: [{ actual: "prenons" }, { actual: "venez" }], output: "Je veux que nous prenions le train et que vous veniez." },
    { lang: "fr", text: "Il est possible que les hommes poussaient trop loin.", findings: [{ actual: "poussaient" }], output: "Il est possible que les hommes poussent trop loin." },
    { lang: "fr", text: "Je doute qu'il connaît la réponse, quoiqu'il dit le contraire.", findings: [{ actual: "connaît" }, { actual: "dit" }] },
    { lang: "fr", text: "Il se peut que nous avons tort. Il vaudrait mieux que vous êtes là.", findings: [{ actual: "avons" }, { actual: "êtes" }], output: "Il se peut que nous ayons tort. Il vaudrait mieux que vous soyez là." },
    { lang: "fr", text: "Elle tenait à ce que le petit finit son devoir.", findings: [{ actual: "finit" }] },
    { lang: "fr", text: "J'ai peur qu'il ne reçoit pas la lettre avant que tu pars.", findings: [{ actual: "reçoit" }, { actual: "pars" }], output: "J'ai peur qu'il ne reçoive pas la lettre avant que tu partes." },
    { lang: "fr", text: "Il faut que tout le monde peut venir et que personne ne sait rien. Il faut qu'il pleut.", findings: [{ actual: "peut" }, { actual: "sait" }, { actual: "pleut" }], output: "Il faut que tout le monde puisse venir et que personne ne sache rien. Il faut qu'il pleuve." },
    // The other way: a subjunctive after a conjunction that takes the indicative.
    { lang: "fr", text: "Dès qu'il vienne, nous partirons.", findings: [{ actual: "vienne", message: "Indicatif attendu : « qu'il vienne » → « vient »." }], output: "Dès qu'il vient, nous partirons." },
    { lang: "fr", text: "Après que nous ayons mangé, lorsque la petite finît son assiette.", findings: [{ actual: "ayons" }, { actual: "finît" }], output: "Après que nous avons mangé, lorsque la petite finit son assiette." },
    { lang: "fr", text: "Quand ils fassent ça, je pars. Dès que les femmes prissent le pouvoir.", findings: [{ actual: "fassent" }, { actual: "prissent" }], output: "Quand ils font ça, je pars. Dès que les femmes prirent le pouvoir." },
  ],
});
