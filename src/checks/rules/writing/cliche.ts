import { existence } from "../../kinds/existence.js";
import { writingData } from "./lexicons.js";

export const rule = existence({
  id: "writing/cliche",
  severity: "warning",
  summary: "A cliché (\"at the end of the day\", « sortir des sentiers battus »).",
  explanation: "Clichés are phrases readers have seen so often that they no longer read them. Replace them with the specific thing you mean.",
  lexicon: { en: writingData.en.cliches, fr: writingData.fr.cliches },
  message: (found) => ({ fr: `Cliché : « ${found} ».`, en: `Cliché: "${found}".` }),
});
