import { rule } from "./fr-ce-se.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Ce sont de grands enfants. Tout ce que je fais. Il se demande pourquoi ; ils se sont vus hier." },
    { lang: "fr", text: "Pour ce faire, partez tôt. De ce fait, rien ne change. À qui ce livre appartient-il ? Cet animal est là." },
    { lang: "fr", text: "Est-ce ainsi ? C'est ce à quoi je pense, ce avec quoi il joue, ce en quoi je crois. Se sont-ils parlé ?" },
    { lang: "fr", text: "Les deux tiers — selon lui — se sont volatilisés. Ce Antoine-là ? Ce hibou." },
  ],
  invalid: [
    { lang: "fr", text: "Se sont de grands enfants.", findings: [{ actual: "Se", column: 1, message: "« Se » → « Ce » (déterminant ou pronom démonstratif)." }], output: "Ce sont de grands enfants." },
    { lang: "fr", text: "Tout se que je fais, se n'est rien.", findings: [{ actual: "se", column: 6 }, { actual: "se", column: 22 }], output: "Tout ce que je fais, ce n'est rien." },
    { lang: "fr", text: "Il ce demande ce qui ce passe.", findings: [{ actual: "ce", column: 4 }, { actual: "ce", column: 22 }], output: "Il se demande ce qui se passe." },
    { lang: "fr", text: "Ça finira par ce savoir.", findings: [{ actual: "ce", message: "« ce » → « se » (pronom réfléchi devant un verbe)." }], output: "Ça finira par se savoir." },
    { lang: "fr", text: "Ce animal est dangereux.", findings: [{ actual: "Ce", column: 1 }], output: "Cet animal est dangereux." },
  ],
});
