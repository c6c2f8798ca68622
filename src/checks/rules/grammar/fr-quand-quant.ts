import type { Rule } from "../../rule.js";
import { frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « quant il viendra » → « quand »; « Quand à moi, » → « Quant ».
    pattern: frPattern(
      `<B>(?<x>quant)\\s+(?:il|ils|elle|elles|on|je|j['’]|tu|nous|vous)<E>|(?:^|[.!?;…]\\s*)(?<x2>quand)\\s+(?:à|aux?)\\s+(?:moi|toi|lui|elle|eux|elles|nous|vous|ça|cela)<E>`,
    ),
    right: (w) => (w.toLowerCase() === "quant" ? sameCase(w, "quand") : sameCase(w, "quant")),
    why: "« quand » = lorsque, « quant à » = pour ce qui est de",
    fix: true,
  },
];

/** « quand » (when) and « quant » (« quant à », as for) confused. */
export const rule: Rule = {
  id: "grammar/fr-quand-quant",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« quand » et « quant » confondus : « quant il viendra », « quand à moi ».",
  explanation:
    "« quant » only lives in « quant à » (as for); « quand » means when. The rule reports « quant » followed by a subject pronoun (« quant il viendra » → « quand ») and « quand à » or « quand aux » followed by a stressed pronoun at the start of a sentence (« Quand à moi, » → « Quant à moi, »). Each correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
