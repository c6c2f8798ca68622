import { isFirstGroupStem } from "./fr-verbs.js";
import { isKnown } from "../spelling/dictionaries.js";

/**
 * Forms of a first-group verb that sound like its infinitive or its past
 * participle (« mangé », « mangée », « mangez », « mangeait », « manger »):
 * the stem and the ending, when the stem makes a first-group verb.
 */
export interface FirstGroupForm {
  stem: string;
  ending: "er" | "é" | "ée" | "és" | "ées" | "ez" | "ait" | "ais" | "aient";
}

const ENDINGS = /^(.+?)(er|ées|ée|és|é|ez|aient|ait|ais)$/u;

export function firstGroupForm(lower: string): FirstGroupForm | null {
  const m = ENDINGS.exec(lower);
  if (!m) return null;
  let stem = m[1] as string;
  const ending = m[2] as FirstGroupForm["ending"];
  // « mangeait » → « mang », « commençait » → « commenc ».
  if (ending.startsWith("a")) {
    if (stem.endsWith("ge")) stem = stem.slice(0, -1);
    else if (stem.endsWith("ç")) stem = `${stem.slice(0, -1)}c`;
  }
  if (!isFirstGroupStem(stem)) return null;
  // The imperfect must really be a form of the verb (« mangeait » yes, « mangait » no).
  if (ending.startsWith("a") && !isKnown(lower, "fr")) return null;
  return { stem, ending };
}

/** The infinitive of a first-group stem. */
export const infinitiveOf = (stem: string): string => `${stem}er`;

/** The known past participles of a first-group stem, masculine singular first. */
export function participlesOf(stem: string): string[] {
  return [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`].filter((p) => isKnown(p, "fr"));
}
