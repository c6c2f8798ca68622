import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « il a du partir », « il a du le faire » → « dû »; « l'échec est du à » → « dû ».
    pattern: frPattern(
      `<B>(?:a|ai|as|avons|avez|ont|avait|avaient|avais|aurait|aurais|auraient|aura|eu|-il|-elle|-on)\\s+(?:pas\\s+|jamais\\s+)?(?<x>du)\\s+(?:être|avoir|faire|partir|aller|venir|voir|dire|prendre|mettre|se|s['’]|le|la|les|l['’]|lui|leur|me|m['’]|te|t['’]|y|en|nous|vous)<E>|<B>(?:est|était|sera|serait|fut|sont|étaient)\\s+(?:\\p{L}+ment\\s+)?(?<x2>du)\\s+(?:à|au|aux|en\\s+partie)<E>`,
    ),
    right: (w) => sameCase(w, "dû"),
    why: "participe passé de devoir",
    fix: true,
  },
  {
    // « ce chien-la », « celui-la », « jusque-la » → « -là »; « de la venaient », « la n'est pas la question ».
    pattern: frPattern(
      `<B>(?:(?:ce|cet|cette|ces)\\s+\\p{L}+|celui|celle|ceux|celles|jusque|par|de)-(?<x>la)<E>|<B>(?:de|par)\\s+(?<x2>la)\\s+(?:venaient|vient|viennent|venait|provient|proviennent|provenait)<E>|(?:^|[.!?;…]\\s*)(?<x3>la)\\s+n['’](?:est|était)\\s+pas\\s+la\\s+question`,
    ),
    right: (w) => sameCase(w, "là"),
    why: "adverbe de lieu",
    fix: true,
  },
];

/** Accented words written without their accent where the unaccented word cannot fit: « dû », « là ». */
export const rule: Rule = {
  id: "grammar/fr-missing-accent",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Accent oublié sur « dû » et « là » : « il a du partir », « ce chien-la ».",
  explanation:
    "« du » is an article and « la » an article or pronoun; « dû » (past participle of devoir) and « là » (there) carry an accent. The rule reports « du » between a form of « avoir » and an infinitive or an object pronoun (« il a du partir », « j'ai du le faire ») or between « être » and « à » (« l'échec est du à »), and « la » joined by a hyphen to a noun after a demonstrative (« ce chien-la »), to « celui, celle, ceux, jusque, par, de », before « venaient, provient » after « de/par », and in « la n'est pas la question ». Each correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
