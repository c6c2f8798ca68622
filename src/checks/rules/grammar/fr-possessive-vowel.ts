import type { Rule } from "../../rule.js";
import { frPattern, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const MASCULINE: Record<string, string> = { ma: "mon", ta: "ton", sa: "son" };

const CONFUSIONS: readonly Confusion[] = [
  {
    // « ma amie » → « mon amie »: before a vowel the possessive takes its masculine form.
    pattern: frPattern(
      `(?<![\\p{L}'’-])(?<x>[mtsMTS]a)\\s+(?!(?:une|un|en|y|à|a|as|est|et|ou|où|onze|onzième|ouate|ouistiti|oui)(?![\\p{L}'’-]))(?=[aeiouéèêâîôœ])\\p{Ll}+(?![\\p{L}'’-])`,
    ),
    right: (w) => {
      const m = MASCULINE[w.toLowerCase()];
      if (!m || (w !== w.toLowerCase() && w.slice(1) !== w.slice(1).toLowerCase())) return null;
      return w === w.toLowerCase() ? m : m.charAt(0).toUpperCase() + m.slice(1);
    },
    why: "devant une voyelle",
    fix: false,
  },
];

/** « ma, ta, sa » before a vowel, where French uses « mon, ton, son ». */
export const rule: Rule = {
  id: "grammar/fr-possessive-vowel",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« ma, ta, sa » devant une voyelle : « mon amie », « son existence ».",
  explanation:
    "Before a word starting with a vowel, the possessives « ma, ta, sa » become « mon, ton, son » even for a feminine noun (« mon amie », « son œuvre »). The rule reports « ma », « ta » or « sa » followed by a lower-case word starting with a vowel, except words that are not nouns or adjectives (« une », « en », « y », « à », « est »…) and the few words that keep « ma » (« onze », « ouate »). The suggestion is « mon », « ton » or « son »; there is no automatic fix, since « ma » may also stand for « m'a » (« il ma aidé »).",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
