import type { Rule } from "../../rule.js";
import { data } from "../../lang/fr/homophones.generated.js";
import { compileExpressions, reportExpressions } from "../../util/fr-expressions.js";

const EXPRESSIONS = compileExpressions(data.homophones);

/**
 * Homophones that a fixed expression or a neighbour settles: « à la tache »
 * (tâche), « une tâche de chocolat » (tache), « en voix de » (voie), « il vient
 * ver moi » (vers), « tenir comte de » (compte)… The expressions are data in
 * `lang/fr/homophones.yml`.
 */
export const rule: Rule = {
  id: "grammar/fr-noun-homophones",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Homophones qu'une expression figée départage : « se tuer à la tache », « une tâche de chocolat », « sur la bonne voix », « tenir comte de », « au court de », « il vient ver moi », « de mal en pire »…",
  explanation:
    "Many French words sound alike (tache/tâche, voie/voix, compte/conte/comte, cou/coup/coût, cours/court, flan/flanc, pâte/patte, foi/fois/foie, fosse/fausse, pose/pause…) and the spelling checker accepts both. In a fixed expression, or next to a word that fits only one of them, the other is an error: « à la tâche », « la tâche de + infinitif », « une tache de chocolat », « en bonne voie », « à voix basse », « compte tenu de », « au cours de », « à court de », « la façon dont il… », « à flanc de colline », « de bon gré », « la pâte à tarte », « retomber sur ses pattes », « les dés sont jetés », « dès que », « garde du corps », « mourir de faim », « tenir tête », « pas forcément », « en avoir marre », « la chair de poule », « enfant de chœur », « de bonne foi », « trois mois », « censé + infinitif », « avoir l'air de », « une fosse commune », « la pose du carrelage », « de mal en pis », « à coup sûr », « sans crier gare », « statu quo », « entre autres »… Each pattern names the wrong word and the words around it that leave one reading; where a valid reading exists (« un ver de terre », « la date », « un court de tennis », « il le défit »), the pattern leaves it out. The expressions are listed in `lang/fr/homophones.yml`; a word in capitals or a capitalised word inside a sentence (a name: « Don Juan ») is left alone.",
  check(doc, ctx) {
    reportExpressions(doc, ctx, EXPRESSIONS);
  },
};
