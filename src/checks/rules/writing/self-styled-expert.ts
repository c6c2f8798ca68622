import { existence } from "../../kinds/existence.js";
import { writingData } from "./lexicons.js";

export const rule = existence({
  id: "writing/self-styled-expert",
  severity: "warning",
  summary: "Self-styled titles: guru, ninja, rock star, « expert des médias sociaux ».",
  explanation:
    "\"I will never hire a social media expert\": self-awarded titles read as a lack of substance. Show the expertise with results and examples instead of claiming it.",
  lexicon: { en: writingData.en.selfStyled, fr: writingData.fr.selfStyled },
  message: (found) => ({ fr: `Titre autoproclamé : « ${found} ». Montrez plutôt des résultats.`, en: `Self-styled title: "${found}". Show results instead.` }),
});
