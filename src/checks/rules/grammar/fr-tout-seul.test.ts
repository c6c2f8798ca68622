import { rule } from "./fr-tout-seul.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Tous les hommes sont venus. Toute sa dévotion n'y suffisait pas. Tout le monde est là. Seules ces femmes peuvent nous aider." },
    // « tous » referring to the subject, « tout » as a pronoun or an adverb, « seul » in apposition.
    { lang: "fr", text: "Ils ont tous leur place. Ils prennent tous le train. Elles avaient toutes la même idée, toutes la même ambition." },
    { lang: "fr", text: "Je ne connais pas du tout ceux dont tu parles. Tout la fait pleurer. Il faut de tout les jours." },
    { lang: "fr", text: "Nous l'avons fait nous-même. Vous-même le savez. Eux-mêmes le savent. On les a même vus." },
    { lang: "fr", text: "Seuls le patron et le vieux Félix disposent d'une crèche. Seuls le jour de Noël, c'est difficile. Toute mon amitié." },
  ],
  invalid: [
    { lang: "fr", text: "Tout les hommes sont dingues.", findings: [{ actual: "Tout", message: "Accord : « Tout les » → « Tous les » ou « Toutes les » selon le genre du nom." }], output: "Tout les hommes sont dingues." },
    { lang: "fr", text: "Toutes sa dévotion n'y suffisait pas.", findings: [{ actual: "Toutes", message: "Accord : « Toutes sa » → « Toute sa »." }], output: "Toute sa dévotion n'y suffisait pas." },
    { lang: "fr", text: "Et toute ce barouf ne nous a rien apporté.", findings: [{ actual: "toute" }], output: "Et tout ce barouf ne nous a rien apporté." },
    { lang: "fr", text: "Toute celles qui viendront.", findings: [{ actual: "Toute" }], output: "Toutes celles qui viendront." },
    { lang: "fr", text: "Seule ces femmes peuvent nous aider.", findings: [{ actual: "Seule" }] },
    { lang: "fr", text: "Elles ne sont plus elles-même.", findings: [{ actual: "elles-même", message: "Accord : « elles-même » → « elles-mêmes »." }], output: "Elles ne sont plus elles-mêmes." },
    { lang: "fr", text: "J'entends ces même âneries.", findings: [{ actual: "même" }], output: "J'entends ces mêmes âneries." },
    { lang: "fr", text: "Seul cette partie peut nous aider.", findings: [{ actual: "Seul" }], output: "Seule cette partie peut nous aider." },
  ],
});
