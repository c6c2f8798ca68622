import { rule } from "./fr-noun-verb-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les clients adorent nos conseils. Le chat mange. Les enfants président la séance." },
    { lang: "fr", text: "Les ailes de cet avion viennent d'Espagne. La dame et sa fille avaient peur. Sur le parquet gisaient des pièces." },
    { lang: "fr", text: "La majorité survenaient la nuit. Il les mange." },
    { lang: "fr", text: "Les enfants nous disent la vérité. Mon père vous attend. Ce chien nous suit partout. Le chat en mange." },
    { lang: "fr", text: "Ce matin nous sommes partis. Le soir vous faites vos devoirs. Le dimanche nous prenons le train." },
    { lang: "fr", text: "Les contrats type des administrations. Les lettres type sont prêtes. Les points presse du ministre. Les dates limite les plus proches." },
    { lang: "fr", text: "Le bel été indien. Le festival été 2024. Son courage, son ardeur étaient immenses. Le fumier, le bain, les cendres." },
    { lang: "fr", text: "Une intoxication en cours peut être grave. Cette chaise en bois est lourde. Les mains sales. Si un malfaiteur surpris se fût élancé." },
  ],
  invalid: [
    { lang: "fr", text: "Les clients adore nos conseils.", findings: [{ actual: "adore", message: "Accord : « Les clients … adore » — le verbe doit être au pluriel (« adorent »)." }], output: "Les clients adorent nos conseils." },
    { lang: "fr", text: "Quand le chat mangent, tout va bien.", findings: [{ actual: "mangent" }], output: "Quand le chat mange, tout va bien." },
    { lang: "fr", text: "Les questions étés incompréhensibles.", findings: [{ actual: "étés", message: "« Les questions étés » : il manque l'auxiliaire ou le verbe est à conjuguer (« étaient », « ont été »)." }] },
    { lang: "fr", text: "Tu sais, la petite viens demain.", findings: [{ actual: "viens" }], output: "Tu sais, la petite vient demain." },
    { lang: "fr", text: "Ces marchands passe leur temps à se quereller.", findings: [{ actual: "passe" }], output: "Ces marchands passent leur temps à se quereller." },
    { lang: "fr", text: "Le feu nous donnes chaud.", findings: [{ actual: "donnes", message: "Accord : « Le feu … donnes » — le verbe doit être à la troisième personne du singulier (« donne »)." }], output: "Le feu nous donne chaud." },
    { lang: "fr", text: "Le chien y viens. Les hommes ne le lui pardonnes pas.", findings: [{ actual: "viens" }, { actual: "pardonnes" }], output: "Le chien y vient. Les hommes ne le lui pardonnent pas." },
    { lang: "fr", text: "Les enfants en manges. Ton chien nous mangent.", findings: [{ actual: "manges" }, { actual: "mangent" }], output: "Les enfants en mangent. Ton chien nous mange." },
    { lang: "fr", text: "Les lecteurs attentifs partageait nos articles.", findings: [{ actual: "partageait" }], output: "Les lecteurs attentifs partageaient nos articles." },
  ],
});
