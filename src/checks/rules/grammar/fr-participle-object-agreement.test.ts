import { rule } from "./fr-participle-object-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les fleurs que tu m'as envoyées. Le livre que tu m'as donné. Celles que nous avons oubliées. Ce qu'il leur a donné." },
    // « en » before the verb, an infinitive after the participle, « que » as a conjunction.
    { lang: "fr", text: "Les pommes que j'en ai mangé. La maison que j'ai fait construire. Les objets que j'ai essayé de faire. Celles que nous avons oublié de prévenir." },
    { lang: "fr", text: "Dis à ces femmes que tu m'as contacté. Il explique dans ses lettres qu'il a réussi. J'ai l'impression qu'il a beaucoup réussi." },
    // Coordinated antecedents, clefts, nouns of time, participles that never agree.
    { lang: "fr", text: "La vision et la philosophie que j'ai élaborées. C'est de cette faille que nous avons sorti Patrick. La fois que j'ai mangé là. Les efforts qu'il a fallu." },
  ],
  invalid: [
    {
      lang: "fr",
      text: "Les fleurs que tu m'as envoyé.",
      findings: [{ actual: "envoyé", message: "Accord du participe avec « avoir » : l'objet « fleurs » vient avant → « envoyées »." }],
    },
    { lang: "fr", text: "Le pain que sa femme lui a achetés.", findings: [{ actual: "achetés" }] },
    { lang: "fr", text: "Ma chatte que tu as dressé.", findings: [{ actual: "dressé" }] },
    { lang: "fr", text: "Ce qu'il leur a données.", findings: [{ actual: "données" }] },
    { lang: "fr", text: "Les documents qu'ils ont acheté.", findings: [{ actual: "acheté" }] },
  ],
});
