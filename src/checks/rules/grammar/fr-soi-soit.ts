import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « chez soit », « cela va de soit », « en soit qui » → « soi »; « Ne soit pas en retard » → « sois ».
    pattern: frPattern(
      `<B>(?:(?:chez|(?<!(?:il|elle|on|ça|cela|ce|quoi\\s+qu['’]il)\\s+)en)\\s+(?<x>soit)(?=\\s*[.,;!?…]|\\s*$|\\s+(?:même|qui|que|est|et|c['’]est)<E>)|de\\s+(?<x2>soit)(?=\\s*[.,;!?…]|\\s*$))`,
    ),
    right: (w) => sameCase(w, "soi"),
    why: "pronom personnel",
    fix: true,
  },
  {
    pattern: frPattern(`(?:^|[.!?;…]\\s+)ne\\s+(?<x>soit)\\s+pas<E>`),
    right: () => "sois",
    why: "impératif de être",
    fix: true,
  },
];

/** « soit » (subjunctive of être) written for the pronoun « soi » or the imperative « sois ». */
export const rule: Rule = {
  id: "grammar/fr-soi-soit",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« soit » écrit pour « soi » (« chez soi », « cela va de soi ») ou « sois » (« ne sois pas »).",
  explanation:
    "« soit » is a form of être (« qu'il soit »); « soi » is a pronoun (« chez soi », « en soi », « cela va de soi ») and « sois » the imperative (« ne sois pas en retard »). The rule reports « soit » after « chez » or « en » (not « qu'il en soit ») when a clause ends or « même », « qui », « que » follows, « de soit » ending a clause, and « Ne soit pas » opening a sentence. Each correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
