import type { Rule } from "../../rule.js";
import { frPattern, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « sa va », « sa me plaît », « pas sûr que sa soit fini »; « comme sa. ».
    pattern: frPattern(
      `(?<![\\p{L}'’-])(?<x>[sS]a)\\s+(?:va|vas|a|devient|prend|suffit|me|m['’]|te|t['’]|nous|vous|lui|leur|l['’]|ne|n['’]|y|en|se|s['’]|soit|sera|serait|peut|doit|dépend|ira|marchera|fera)(?![\\p{L}'’-])|(?<![\\p{L}'’-])(?:comme|que|fait|prends|prend|par|de|à)\\s+(?<x2>sa)\\s*(?:[.,!?;…]|$)`,
    ),
    right: (w) => (w === "Sa" ? "Ça" : w === "sa" ? "ça" : null),
    why: "pronom démonstratif",
    fix: true,
  },
];

/** « sa » (possessive) written for the pronoun « ça ». */
export const rule: Rule = {
  id: "grammar/fr-sa-ca",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« sa » (possessif) écrit pour « ça » (pronom) : « sa va », « comme sa ».",
  explanation:
    "« sa » is a possessive and needs a feminine noun after it (« sa voiture »); « ça » is the pronoun (« ça va »). The rule reports « sa » (in lower case or with only a capital, not the acronym SA) before a verb or an object pronoun that cannot be a noun (« sa va », « sa me plaît », « sa soit »), and « sa » ending a clause after « comme », « que », « de »… (« c'est comme sa. »). The correction « ça » is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
