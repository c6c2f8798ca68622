import type { Rule } from "../../rule.js";
import { data } from "../../lang/fr/grammar.generated.js";
import { alternation, frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const SUBJECT = "(?:il|elle|on|ils|elles|nous|vous|je|j['’]|tu)<E>";
const toOu = (w: string): string => sameCase(w, "où");

const CONFUSIONS: readonly Confusion[] = [
  {
    // « le jour ou il est venu », « par ou commencer », « d'ou vient-il », « n'importe ou ».
    pattern: frPattern(`(?:(?<![\\p{L}-])(?:${alternation(data.ouAntecedents)})\\s+(?=ou\\s+${SUBJECT})|<B>(?:par|d['’]|n['’]importe|jusqu['’])\\s*(?=ou<E>))(?<x>ou)`),
    right: toOu,
    why: "pronom relatif ou adverbe de lieu",
    fix: true,
  },
  {
    // « Ou va-t-il ? » at the start of a sentence: a question on a place.
    pattern: frPattern(`(?:^|[.!?…:;«—]\\s*)(?<x>ou)\\s+\\p{L}+-(?:t-)?(?:il|elle|on|nous|vous|ils|elles|je|tu)<E>`),
    right: (w, m) => (/^ou\s+peut-/iu.test(m[0].replace(/^[^oO]*/u, "")) ? null : toOu(w)),
    why: "adverbe interrogatif",
    fix: true,
  },
];

/** « ou » (or) written for « où » (where) where only « où » fits. */
export const rule: Rule = {
  id: "grammar/fr-ou-accent",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« ou » (conjonction) écrit pour « où » (relatif, lieu) : « le jour ou il est venu », « d'ou vient-il ».",
  explanation:
    "« ou » offers a choice, « où » names a place or a time. The rule reports « ou » only where a choice is impossible: between a noun of time or place (« le jour », « au moment », « la ville ») and a subject pronoun, after « par », « d' », « jusqu' » and « n'importe », and at the start of a question with an inverted subject (« Ou va-t-il ? »). The correction « où » is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
