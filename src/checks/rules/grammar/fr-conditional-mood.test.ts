import { rule } from "./fr-conditional-mood.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Si j'avais su, je serais venu. Je me demande si j'aurais dû. Si tu cours, tu gagneras. Si elle durait, ce serait bien." },
    { lang: "fr", text: "J'aimerais savoir. Quand je voudrai partir, je partirai. Dès que j'aurai fini, je viendrai. J'aimerai toujours cette ville." },
  ],
  invalid: [
    { lang: "fr", text: "Si j'aurais su, je serais venu.", findings: [{ actual: "aurais", message: "Après « si », l'imparfait et non le conditionnel : « aurais » → « avais »." }], output: "Si j'avais su, je serais venu." },
    { lang: "fr", text: "Si Pierre avancerait sa voiture. S'ils ne mangeraient pas tant. Si les femmes auraient parlé.", findings: [{ actual: "avancerait" }, { actual: "mangeraient" }, { actual: "auraient" }], output: "Si Pierre avançait sa voiture. S'ils ne mangeaient pas tant. Si les femmes avaient parlé." },
    { lang: "fr", text: "J'aimerai savoir. Je voudrai qu'il vienne. J'aurai aimé venir.", findings: [{ actual: "aimerai" }, { actual: "voudrai" }, { actual: "aurai" }], output: "J'aimerais savoir. Je voudrais qu'il vienne. J'aurais aimé venir." },
  ],
});
