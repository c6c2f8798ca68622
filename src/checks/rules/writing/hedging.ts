import { existence } from "../../kinds/existence.js";
import { writingData } from "./lexicons.js";

export const rule = existence({
  id: "writing/hedging",
  severity: "warning",
  summary: "Hedging that weakens a claim (\"I would argue that\", « il me semble que »).",
  explanation: "Hedges make the author sound unsure of what the post is for. State the claim, and qualify it with evidence rather than with \"sort of\" or « en quelque sorte ».",
  lexicon: { en: writingData.en.hedging, fr: writingData.fr.hedging },
  message: (found) => ({ fr: `Précaution inutile : « ${found} ».`, en: `Hedging: "${found}".` }),
});
