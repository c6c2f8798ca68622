import { rule } from "./fr-noun-homophones.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Une tache de verdure. Une tache difficile à effacer. La tâche de la justice. Il tâche de venir." },
    { lang: "fr", text: "Un ver de terre. La date du jour. Le cours du fleuve. Un court de tennis au court de tennis." },
    { lang: "fr", text: "Elle ne veut pas prendre de cours de musique. Un lot de dés qu'on peut se procurer." },
    { lang: "fr", text: "Ce don il a besoin de savoir qui lui offre. Le don qu'il a. Don Juan il est." },
    { lang: "fr", text: "Le forcement du coffre. Une fois pour toutes. Il y a l'aire de jeux. Le vert lui va bien." },
    { lang: "fr", text: "Il emprunte la voix de son père. Il la tète. Une bonne fois pour toutes. Un papier à dessin." },
    { lang: "fr", text: "Au fonds de solidarité. Je n'aime pas le grès, son grès est rouge. En grès." },
    { lang: "fr", text: "Les discussions autour du coût du projet. Une impression à fond perdu. Il prit le nœud et le défit. Un jeune religieux." },
    { lang: "fr", text: "Vous êtes plein de bonne volonté. La plaie est septique. Il fait de la tôle ondulée. Un faux bon de commande." },
    { lang: "fr", text: "La côte auprès de Marseille. La mort n'aura plus d'empire sur toi. Des prés de trois hectares. Nous avons l'aire de jeux." },
    { lang: "fr", text: "Quelqu'un peut m'aider ? L'un peut être réglé. Il en veut des différents. On entre autre chose. Tout à coup sur une caverne." },
  ],
  invalid: [
    { lang: "fr", text: "Elle se tue à la tache.", findings: [{ actual: "tache", message: "« tache » → « tâche » (travail à faire)." }], output: "Elle se tue à la tâche." },
    { lang: "fr", text: "Tache de partir tôt.", findings: [{ actual: "Tache" }], output: "Tâche de partir tôt." },
    { lang: "fr", text: "Une tâche de chocolat, une tâche vraiment indélébile.", findings: [{ actual: "tâche" }, { actual: "tâche" }], output: "Une tache de chocolat, une tache vraiment indélébile." },
    { lang: "fr", text: "Sur la bonne voix, à voie basse.", findings: [{ actual: "voix" }, { actual: "voie" }], output: "Sur la bonne voie, à voix basse." },
    { lang: "fr", text: "Il se dirigea ver la maison, puis ver moi.", findings: [{ actual: "ver" }, { actual: "ver" }], output: "Il se dirigea vers la maison, puis vers moi." },
    { lang: "fr", text: "Il faut tenir comte des faits, en fin de conte.", findings: [{ actual: "comte" }, { actual: "conte" }], output: "Il faut tenir compte des faits, en fin de compte." },
    { lang: "fr", text: "Au court de la journée, à cours d'argent.", findings: [{ actual: "court" }, { actual: "cours" }], output: "Au cours de la journée, à court d'argent." },
    { lang: "fr", text: "La façon don il parle. Les dès sont jetés, dés que possible.", findings: [{ actual: "don" }, { actual: "dès" }, { actual: "dés" }], output: "La façon dont il parle. Les dés sont jetés, dès que possible." },
    { lang: "fr", text: "Une maison à flan de colline, un flanc au chocolat.", findings: [{ actual: "flan" }, { actual: "flanc" }], output: "Une maison à flanc de colline, un flan au chocolat." },
    { lang: "fr", text: "La patte à tarte. Il retombe sur ses pâtes.", findings: [{ actual: "patte" }, { actual: "pâtes" }], output: "La pâte à tarte. Il retombe sur ses pattes." },
    { lang: "fr", text: "Un homme pas forcement mauvais. Elle est très pale.", findings: [{ actual: "forcement" }, { actual: "pale" }], output: "Un homme pas forcément mauvais. Elle est très pâle." },
    { lang: "fr", text: "Il est sensé partir demain. Il a l'aire d'un plouc.", findings: [{ actual: "sensé" }, { actual: "aire" }], output: "Il est censé partir demain. Il a l'air d'un plouc." },
    { lang: "fr", text: "Une personne de bonne fois, trois moi plus tard.", findings: [{ actual: "fois" }, { actual: "moi" }], output: "Une personne de bonne foi, trois mois plus tard." },
    { lang: "fr", text: "De mal en pire, à coup sur. Sans crier garde, entre autre.", findings: [{ actual: "pire" }, { actual: "sur" }, { actual: "garde" }, { actual: "autre" }], output: "De mal en pis, à coup sûr. Sans crier gare, entre autres." },
    { lang: "fr", text: "Elle rode autour de la maison. Un miroir sans teint.", findings: [{ actual: "rode" }, { actual: "teint" }], output: "Elle rôde autour de la maison. Un miroir sans tain." },
  ],
});
