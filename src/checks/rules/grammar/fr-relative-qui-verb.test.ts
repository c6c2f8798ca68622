import { rule } from "./fr-relative-qui-verb.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les enfants qui jouent dehors sont heureux. Ceux qui savent se taisent. Celui qui sait se tait. Ce qui compte, c'est la santé." },
    { lang: "fr", text: "Un des hommes qui viennent. La plupart des gens qui pensent ainsi. Les amis de ma sœur qui viennent demain." },
    { lang: "fr", text: "Notre père qui es aux cieux. Je suis celui qui sais. C'est le seul de mes amis qui a du talent." },
    { lang: "fr", text: "Un chat et un chien qui n'en demeurent pas moins attachés. Six médecins et un infirmier qui travaillaient." },
    { lang: "fr", text: "Les gens qui, faute de temps, partent. Les gens qui dans mes mains l'ont remise. Les gens qui matin et soir travaillent." },
    { lang: "fr", text: "Une nouvelle approche des candidatures suivantes qui se veut sérieuse. Les plus qui pense." },
    { lang: "fr", text: "Une expression de tous les diables qui n'était pas rassurante. Il ment, celui qui ment." },
  ],
  invalid: [
    { lang: "fr", text: "Ceux qui chante toute la journée.", findings: [{ actual: "chante", message: "Accord : « Ceux qui … chante » → « chantent »." }], output: "Ceux qui chantent toute la journée." },
    { lang: "fr", text: "Plusieurs qui pense que c'est faux. Des femmes qui conduise la marche du monde.", findings: [{ actual: "pense" }, { actual: "conduise" }], output: "Plusieurs qui pensent que c'est faux. Des femmes qui conduisent la marche du monde." },
    { lang: "fr", text: "Ce qui fâchent mes amis. Tu sais ce qui nous donnes des maux.", findings: [{ actual: "fâchent" }, { actual: "donnes" }], output: "Ce qui fâche mes amis. Tu sais ce qui nous donne des maux." },
    { lang: "fr", text: "Je maudis celui d'entre nous qui mens. Cette confusion qui donnent le tournis.", findings: [{ actual: "mens" }, { actual: "donnent" }], output: "Je maudis celui d'entre nous qui ment. Cette confusion qui donne le tournis." },
    { lang: "fr", text: "Un homme qui oubli son devoir. La firme qui l'emploi.", findings: [{ actual: "oubli" }, { actual: "emploi" }], output: "Un homme qui oublie son devoir. La firme qui l'emploie." },
    { lang: "fr", text: "Les gens qui pense.", findings: [{ actual: "pense" }], output: "Les gens qui pensent." },
    { lang: "fr", text: "Ils savent qui été là.", findings: [{ actual: "été", message: "« qui été » : il manque l'auxiliaire ou le verbe est à conjuguer (« était », « étaient », « a été », « ont été »)." }] },
    { lang: "fr", text: "Contre ceux-là qui n'avait aucun scrupule.", findings: [{ actual: "avait" }], output: "Contre ceux-là qui n'avaient aucun scrupule." },
  ],
});
