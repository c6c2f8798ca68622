import { existence } from "../../kinds/existence.js";
import { writingData } from "./lexicons.js";

export const rule = existence({
  id: "writing/wordy",
  severity: "warning",
  summary: "A wordy or redundant phrase that has a shorter equivalent.",
  explanation:
    "Readers give a post a few seconds: every phrase that takes five words to say one costs attention. \"In order to\" is \"to\", « dans le but de » is « pour », \"absolutely essential\" is \"essential\". Suggestions are listed; the certain ones are fixes.",
  lexicon: { en: writingData.en.wordy, fr: writingData.fr.wordy },
  message: (found, replace) => ({
    fr: replace.length > 0 && !replace[0]?.startsWith("(") ? `Formulation lourde : « ${found} » → « ${replace.join(" », « ")} ».` : `Formulation lourde : « ${found} » peut être supprimé.`,
    en: replace.length > 0 && !replace[0]?.startsWith("(") ? `Wordy: "${found}" → "${replace.join('", "')}".` : `Wordy: "${found}" can go.`,
  }),
});
