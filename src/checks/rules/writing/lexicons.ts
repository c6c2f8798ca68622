import { data as en } from "../../lang/en/writing.generated.js";
import { data as fr } from "../../lang/fr/writing.generated.js";
import type { Lang } from "../../types.js";

export const writingData = { en, fr } as const;
export const writingOf = (lang: Lang) => writingData[lang];
