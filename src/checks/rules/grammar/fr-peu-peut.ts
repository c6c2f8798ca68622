import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « peut importe », « un peut de », « peut sympathique » → « peu ».
    pattern: frPattern(
      `(?:^|[.!?;…]\\s*|<B>(?:un|mais|et|de|pour|si|très|trop|assez)\\s+)(?<x>peut)\\s+(?:importe|de<E>(?!\\s+nouveau<E>)|d['’]|à\\s+peu<E>|près<E>|sympathique|nombreux|nombreuses|probable|commun<E>|connue?s?<E>)`,
    ),
    right: (w) => sameCase(w, "peu"),
    why: "adverbe de quantité",
    fix: true,
  },
  {
    // « peu être » → « peut-être ».
    pattern: frPattern(`<B>(?<x>peu[-\\s]être)<E>`),
    right: (w) => sameCase(w, "peut-être"),
    why: "adverbe",
    fix: true,
  },
];

/** « peut » (verb pouvoir) written for the adverb « peu », and « peu être » for « peut-être ». */
export const rule: Rule = {
  id: "grammar/fr-peu-peut",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« peut » (verbe) écrit pour « peu » (quantité) : « peut importe », « un peut de » ; « peu être » pour « peut-être ».",
  explanation:
    "« peu » is the adverb of quantity (« peu importe », « un peu de sel »), « peut » the verb pouvoir. The rule reports « peut » at the start of a clause or after « un », « très », « de »… when it is followed by « importe », « de », « près » or an adjective that « peu » usually qualifies (« peut nombreux »), except « peut de nouveau » (« il peut de nouveau travailler »); and « peu être » written for the adverb « peut-être ». Each correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
