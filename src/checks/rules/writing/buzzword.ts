import { existence } from "../../kinds/existence.js";
import { writingData } from "./lexicons.js";

export const rule = existence({
  id: "writing/buzzword",
  severity: "warning",
  summary: "Buzzwords and jargon (« nouveau paradigme », « synergie », \"leverage\", \"best-in-class\").",
  explanation:
    "Buzzwords signal a sales pitch and say nothing concrete: readers skim past \"synergies\" and « création de valeur ». Say what actually happens, with a number or an example.",
  lexicon: { en: writingData.en.buzzwords, fr: writingData.fr.buzzwords },
  message: (found) => ({ fr: `Jargon : « ${found} ». Dites concrètement ce qui se passe.`, en: `Buzzword: "${found}". Say concretely what happens.` }),
});
