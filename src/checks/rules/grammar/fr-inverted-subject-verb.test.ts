import { rule } from "./fr-inverted-subject-verb.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Les livres que lisent les enfants. Où vont les hommes ? Les femmes dont parle le journal. La ville où vivent mes parents." },
    { lang: "fr", text: "Ce que disent le maire et le préfet. Que deviennent la vitesse, le courant, ainsi que le rendement ? Qu'importe les détails." },
    { lang: "fr", text: "Le Qatar, lequel dépense des millions. Personne ne doute que nombre des textes sont anciens. Déguerpir la queue entre les jambes." },
  ],
  invalid: [
    { lang: "fr", text: "L'amour dont parle les femmes.", findings: [{ actual: "parle", message: "Accord : « parle … les femmes » — le verbe s'accorde avec le sujet qui le suit (« parlent »)." }], output: "L'amour dont parlent les femmes." },
    { lang: "fr", text: "Les possibilités qu'offrent le chien. Où vas l'homme ?", findings: [{ actual: "offrent" }, { actual: "vas" }], output: "Les possibilités qu'offre le chien. Où va l'homme ?" },
    { lang: "fr", text: "Les amusements pour lesquels vienne les invités. D'où vienne les hommes ?", findings: [{ actual: "vienne" }, { actual: "vienne" }], output: "Les amusements pour lesquels viennent les invités. D'où viennent les hommes ?" },
  ],
});
