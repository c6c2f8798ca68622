import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « je crois quelle est partie » → « qu'elle ».
    pattern: frPattern(
      `<B>(?:crois|croit|croyais|croyait|pense|pensait|pensais|plaint|veux|veut|voulait|faut|fallait|espère|espérait|affirme|prétend|avoue|jure|pour|avant|afin|sorte|parce|puisque|lorsque|tant|certain|sûr|sûre|vrai)\\s+(?<x>quelles?)\\s+(?:ne|n['’]|est|sont|était|étaient|a|ont|avait|avaient|soit|soient|y|en|me|m['’]|te|t['’]|se|s['’]|nous|vous|lui|leur|l['’])<E>(?!\\s+(?:le|la|les|l['’]|un|une|des|du|sa|son|ses|mon|ma|mes|ton|ta|tes|notre|votre|nos|vos|leur|leurs|cette|ce|cet|ces)<E>)`,
    ),
    right: (w) => sameCase(w, w.toLowerCase().endsWith("s") ? "qu'elles" : "qu'elle"),
    why: "conjonction « que » et pronom « elle »",
    fix: true,
  },
];

/** « quelle » (interrogative) written for « qu'elle » (que + elle) after a verb of saying or thinking. */
export const rule: Rule = {
  id: "grammar/fr-quelle",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« quelle » écrit pour « qu'elle » : « je crois quelle est partie ».",
  explanation:
    "« quelle » asks about a feminine noun (« quelle heure est-il ? »); « qu'elle » is the conjunction « que » followed by the pronoun « elle ». After a verb of thinking or wanting (« je crois », « il pense », « il faut »), or « pour », « avant », « parce », a « quelle(s) » followed by a verb or an object pronoun can only be « qu'elle(s) », unless a determiner follows the verb (« je crois quelle est la bonne réponse » may be an indirect question). Verbs that introduce indirect questions (« savoir », « dire ») are left out. The correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
