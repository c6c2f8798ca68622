import type { Rule } from "../../rule.js";
import { frPattern, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « Ces comme la peste », « le problème, ses que… » → « c'est ».
    pattern: frPattern(
      `(?:^|[.;!?,…]\\s+|^\\s*)(?<x>ces|ses)\\s+(?:comme|qu['’]|que|jamais|toujours|au-dessus|d['’]|l['’]|la|le|un|une|cette|ce|à|en|vrai|bien|moi|toi|lui|eux|nous|vous|ça|cela)<E>`,
    ),
    right: (w) => (w.charAt(0) === w.charAt(0).toUpperCase() ? "C'est" : "c'est"),
    why: "« ces » et « ses » se placent devant un nom pluriel",
    fix: true,
  },
];

/** « ces » / « ses » written for « c'est » at the start of a clause. */
export const rule: Rule = {
  id: "grammar/fr-cest",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« ces » ou « ses » écrit pour « c'est » : « ces comme la peste », « le problème, ses que… ».",
  explanation:
    "« ces » and « ses » are plural determiners and need a noun (« ces livres »); « c'est » is « ce » + « être ». At the start of a sentence or after a comma, a « ces/ses » followed by a word that cannot start a plural noun phrase (an article, a pronoun, « que », « comme », « jamais », « à »…) is « c'est ». The correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
