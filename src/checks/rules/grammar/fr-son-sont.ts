import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « chez sont amis », « il a perdu sont ami » → « son ».
    pattern: frPattern(`<B>(?:à|de|chez|avec|pour|par|sur|dans|sans|perdu|pris|vendu|donné)\\s+(?<x>sont)\\s+(?!-)\\p{L}`),
    right: (w) => sameCase(w, "son"),
    why: "déterminant possessif",
    fix: true,
  },
];

/** « sont » (verb être) written for the possessive « son » after a preposition. */
export const rule: Rule = {
  id: "grammar/fr-son-sont",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« sont » (verbe) écrit pour « son » (possessif) : « chez sont ami ».",
  explanation:
    "« sont » is a form of être and needs a subject (« ils sont »); « son » is the possessive (« son ami »). Right after a preposition (« à », « de », « chez », « avec »…) or a past participle that takes an object (« perdu », « pris »), a verb cannot stand, so « sont » followed by a word is « son ». The correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
