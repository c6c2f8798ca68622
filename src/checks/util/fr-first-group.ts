import type { Doc, Sentence, Word } from "../document/model.js";
import type { RuleContext } from "../rule.js";
import { data } from "../lang/fr/verbs.generated.js";
import { isFirstGroupStem, key } from "./fr-verbs.js";
import { isKnown } from "../spelling/dictionaries.js";
import { merge, positionsOf, triggers, wordIndex, type Triggers } from "./fr-word-index.js";

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
  // « l’touché »: an elision the tokenizer left inside the word.
  if (lower.includes("’") || lower.includes("'")) return null;
  const last = lower.charCodeAt(lower.length - 1);
  // r, é, e, s, z, t: the last letter of every ending, checked before the regular expression.
  if (last !== 0x72 && last !== 0xe9 && last !== 0x65 && last !== 0x73 && last !== 0x7a && last !== 0x74) return null;
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

/** A word that may govern an infinitive or a participle, found once per review for the three infinitive/participle rules. */
export interface Trigger {
  s: Sentence;
  i: number;
  k: string;
}

/** Which rule looks at which trigger words. */
export type TriggerFor = "preposition" | "verb" | "participle" | "pronoun";
const FOR: Record<TriggerFor, readonly string[]> = {
  preposition: ["de", "d'", "à", "pour", "sans", "ne", "n'", "quoi", "bon"],
  verb: [
    ...data.modals, ...data.modalForms, ...data.causatives, ...data.motionVerbs, ...data.infinitiveOrAttribute, "vaut", "valait", "vaudrait", "valu", "beau",
    ...data.linking.filter((w) => w.startsWith("sembl") || w.startsWith("par")),
  ],
  participle: [
    ...data.auxiliaries, ...data.etre, "être", "étant", "avoir", "ayant", "celui", "celle", "ceux", "celles", "très", "si", "aussi",
    "un", "une", "mon", "ton", "son", "ma", "ta", "sa", "notre", "votre", "au", "cet", "cette", "chaque",
  ],
  pronoun: ["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "me", "m'", "te", "t'", "se", "s'", "y", "en", "ne", "n'"],
};
const ORDER: readonly TriggerFor[] = ["preposition", "verb", "participle", "pronoun"];
/** Each rule's trigger words (with both apostrophes: « d' », « d’ »), found through the shared word index. */
const WORDS = new Map<TriggerFor, ReadonlySet<string>>(ORDER.map((name) => [name, new Set(FOR[name].flatMap((w) => (w.includes("'") ? [w, w.replace(/'/g, "’")] : [w])))]));
const INDEXED = new Map<TriggerFor, Triggers>(ORDER.map((name) => [name, triggers(FOR[name])]));
/** Inverted forms (« avait-il », « peut-on ») go to the verb and participle rules. */
const HYPHENATED = new Set<TriggerFor>(["verb", "participle"]);

/**
 * Positions of the words that start an infinitive or participle pattern (« de », « pour », « ne », « a », « est »,
 * « peut », « laisse », inverted forms « avait-il »…), taken from the shared word index once per review through
 * `ctx.memo`, one list per rule: each rule then looks only at its own triggers instead of walking every word.
 */
export function infinitiveTriggers(doc: Doc, ctx: RuleContext, rule: TriggerFor): readonly Trigger[] {
  return ctx.memo(`fr-first-group:triggers:${rule}`, () => {
    const index = wordIndex(doc, ctx);
    const words = WORDS.get(rule) as ReadonlySet<string>;
    const found = positionsOf(doc, ctx, INDEXED.get(rule) as Triggers);
    const out: Trigger[] = [];
    for (const g of HYPHENATED.has(rule) ? merge(found, index.hyphenated) : found) {
      const s = index.sentence[g];
      if (!s) continue;
      const i = index.inSentence[g] as number;
      const w = s.words[i] as Word;
      if (!words.has(w.lower) && !(HYPHENATED.has(rule) && w.lower.includes("-"))) continue;
      out.push({ s, i, k: key(w) });
    }
    return out;
  });
}
