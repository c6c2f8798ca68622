import { existence } from "../../kinds/existence.js";
import { data as en } from "../../lang/en/locutions.generated.js";
import { data as fr } from "../../lang/fr/locutions.generated.js";

export const rule = existence({
  id: "grammar/locution",
  severity: "warning",
  summary: "A set phrase written wrong: « de mal en pire », « malgré que », « soit-disant », « le quel », \"for all intensive purposes\".",
  explanation:
    "Set phrases are learned by ear, so a word gets swapped for one that sounds alike (« en ligne de conte », \"nip it in the butt\") or a preposition slips in (« pallier à », « de sorte à ce que »). The lists in `lang/<lang>/locutions.yml` give the standard form; an entry is a fix only when nothing else could be meant.",
  lexicon: { fr: fr.locutions, en: en.locutions },
  message: (found, replace) => ({
    fr: `Locution : « ${found} » → « ${replace.join(" », « ")} ».`,
    en: `Set phrase: "${found}" → "${replace.join('", "')}".`,
  }),
});
