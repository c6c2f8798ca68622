import { rule } from "./fr-word-confusions.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "C'est un des leurs. Le son du canon. Elle est allée en tant de lieux, un tant soit peu." },
    { lang: "fr", text: "Quelles en sont les conséquences ? Il n'y a pas d'avantage à attendre. Ce qu'il y a de compliqué." },
    { lang: "fr", text: "La SA ne joue plus. Il est prêt à partir. Le cou de la girafe." },
    { lang: "fr", text: "Veillez à bien dormir. Un petit peu nous surprendre. On les voit. Ceux qu'on aime." },
    { lang: "fr", text: "Plusieurs puis quelques-uns. La guerre est finie. Il prit son temps. Je suis sur le toit." },
    { lang: "fr", text: "Tout ce qu'il apporte d'avantages pécuniaires. Le savoir d'avantage. S'IL VOUS PLAÎT, C'EST SUR." },
  ],
  invalid: [
    { lang: "fr", text: "Des à présent, tout change.", findings: [{ actual: "Des", message: "« Des » → « Dès » (préposition de temps)." }], output: "Dès à présent, tout change." },
    { lang: "fr", text: "L'échec du à une erreur.", findings: [{ actual: "du" }], output: "L'échec dû à une erreur." },
    { lang: "fr", text: "Il ne s'en soucie guerre.", findings: [{ actual: "guerre" }], output: "Il ne s'en soucie guère." },
    { lang: "fr", text: "Il a prit son temps.", findings: [{ actual: "prit", message: "« prit » → « pris » (participe passé)." }], output: "Il a pris son temps." },
    { lang: "fr", text: "Je suis sur de toi.", findings: [{ actual: "sur" }], output: "Je suis sûr de toi." },
    { lang: "fr", text: "Ils coiffent leur cheveux.", findings: [{ actual: "leur" }], output: "Ils coiffent leurs cheveux." },
    { lang: "fr", text: "Veillez nous contacter demain.", findings: [{ actual: "Veillez", message: "« Veillez » → « Veuillez » (verbe vouloir)." }], output: "Veuillez nous contacter demain." },
    { lang: "fr", text: "J'ai du lui donner. Ces gens on souvent tort.", findings: [{ actual: "du" }, { actual: "on" }], output: "J'ai dû lui donner. Ces gens ont souvent tort." },
    { lang: "fr", text: "C'est à peu prêt fini ; il si rend souvent ; un cou de poing ; sa l'ennuierait.", findings: [{ actual: "prêt" }, { actual: "si" }, { actual: "cou" }, { actual: "sa" }], output: "C'est à peu près fini ; il s'y rend souvent ; un coup de poing ; ça l'ennuierait." },
    { lang: "fr", text: "En bas age, il suffit de mangé sain ; je veux quelles s'efforcent ; reposez-vous d'avantage.", findings: [{ actual: "age" }, { actual: "mangé" }, { actual: "quelles" }, { actual: "d'avantage" }], output: "En bas âge, il suffit de manger sain ; je veux qu'elles s'efforcent ; reposez-vous davantage." },
    { lang: "fr", text: "Cet homme peu aller et venir.", findings: [{ actual: "peu" }], output: "Cet homme peut aller et venir." },
    { lang: "fr", text: "D'avantage de monde viendra. Ils s'exerceront d'avantages. Il faut en savoir d'avantage.", findings: [{ actual: "D'avantage" }, { actual: "d'avantages" }, { actual: "d'avantage" }], output: "Davantage de monde viendra. Ils s'exerceront davantage. Il faut en savoir davantage." },
    { lang: "fr", text: "Tombé au fond du puis, une fois pour toute.", findings: [{ actual: "puis" }, { actual: "toute" }], output: "Tombé au fond du puits, une fois pour toutes." },
  ],
});
