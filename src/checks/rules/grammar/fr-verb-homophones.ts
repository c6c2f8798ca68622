import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

/** Object pronouns that may stand between a subject and its verb. */
const CLITICS = "(?:(?:ne|me|te|nous|vous|lui|leur|en|y)\\s+|[nmtl]['’])*";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « il et parti », « ce qui et beau » → « est »; « ils on raison », « ils son là » → « ont », « sont ».
    pattern: frPattern(
      `<B>(?:(?:il|elle|on|ce\\s+qui)\\s+${CLITICS}(?<x>et)\\s+(?!(?:ce|il|elle|elles|ils|on|nous|vous|je|tu|la|le|les|un|une|des|de|du|à|en|moi|toi|lui|eux|leur|leurs|son|sa|ses|mon|ma|mes|ton|ta|tes|notre|votre|nos|vos|cette|ces|cet|qui|que|quand|si|puis|alors|ensuite|donc|pourtant|aussi|surtout|même)<E>|[jldmtsnc]['’])\\p{L}|(?:ils|elles)\\s+${CLITICS}(?<x2>on|son)<E>)`,
    ),
    right: (w) => ({ et: "est", on: "ont", son: "sont" })[w.toLowerCase()] ?? null,
    why: "verbe après le sujet",
    fix: true,
  },
  {
    // « Ont ne sait jamais » → « On »; « il peu venir », « tu ne peu pas » → « peut », « peux ».
    pattern: frPattern(
      `(?:(?:^|[.!?…;:,]\\s*|<B>(?:si|qu['’]|l['’]|que|quand|comme|où|et|mais)\\s*)(?<x>ont)\\s+(?:ne|n['’]|me|m['’]|te|t['’]|se|s['’]|peut|doit|sait|va|a|avait|voit|veut|pense|croit)|(?:^|[.!?…]\\s+)(?<x3>ont)\\s+(?:lui|leur))<E>|<B>(?:(?:il|elle|on|ça|cela|qui|je|tu)\\s+(?:ne\\s+|n['’]en\\s+|n['’]y\\s+|y\\s+|en\\s+)?)(?<x2>peu)(?!\\s+(?:à|près|de|d['’]|plus|moins|importe|peu|après|avant)<E>)<E>`,
    ),
    right: (w, m) => {
      if (w.toLowerCase() === "ont") return sameCase(w, "on");
      return /^(?:je|tu)\s/iu.test(m[0]) ? "peux" : "peut";
    },
    why: "pronom sujet ou verbe pouvoir",
    fix: true,
  },
];

/**
 * Homophones of a verb written in its place, or the reverse, where the
 * neighbouring subject pronoun leaves one reading.
 */
export const rule: Rule = {
  id: "grammar/fr-verb-homophones",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Homophone d'un verbe après un pronom sujet : « il et parti », « ils on raison », « ils son là », « il peu venir », « ont ne sait pas ».",
  explanation:
    "A subject pronoun needs a verb: « il est », « ils ont », « ils sont », « il peut ». The rule reports « et » after « il », « elle », « on » or « ce qui » (and their object pronouns) when a word follows that cannot start a second subject or complement; « on » and « son » right after « ils/elles »; « peu » after a subject pronoun unless a quantity follows (« peu à peu », « peu de »); and « ont » at the start of a clause before « ne », an object pronoun or a verb in the singular, where the subject « on » is meant. Each correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
