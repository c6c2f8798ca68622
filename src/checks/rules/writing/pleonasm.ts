import { existence } from "../../kinds/existence.js";
import { data as en } from "../../lang/en/locutions.generated.js";
import { data as fr } from "../../lang/fr/locutions.generated.js";

export const rule = existence({
  id: "writing/pleonasm",
  severity: "warning",
  summary: "A pleonasm: a phrase that says the same thing twice (« monter en haut », « prévoir à l'avance », \"return back\").",
  explanation:
    "A pleonasm repeats what its first word already says: one goes up only « en haut », one foresees only « à l'avance », one returns only back. Usage guides (Académie française, Larousse; Garner for English) treat the classic ones as faults, not style, and readers notice them. Debated or accepted ones (« marche à pied ») are not listed. The lists are in `lang/<lang>/locutions.yml`.",
  lexicon: { fr: fr.pleonasms, en: en.pleonasms },
  message: (found, replace) => ({
    fr: `Pléonasme : « ${found} »${replace.length > 0 ? ` → « ${replace.join(" », « ")} »` : ""}.`,
    en: `Pleonasm: "${found}"${replace.length > 0 ? ` → "${replace.join('", "')}"` : ""}.`,
  }),
});
