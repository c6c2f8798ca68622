import { classOf } from "./fr-morph.js";

/**
 * The same verb in another person, from the ending of a conjugated form: « tu
 * prend » → « prends », « il finis » → « finit », « je peut » → « peux ». Each
 * person has the endings that another person's form may show, most specific
 * first; a replacement counts only when the dictionary has it as a conjugated
 * form of the same verb (so « il sent » is left alone: « se » is not « sentir »).
 */
export type Person = "je" | "tu" | "il" | "nous" | "vous" | "ils";

type Ending = readonly [wrong: string, right: string];

const ENDINGS: Record<Person, readonly Ending[]> = {
  je: [["aît", "ais"], ["eut", "eux"], ["aut", "aux"], ["ait", "ais"], ["ra", "rai"], ["t", "s"], ["t", "ts"], ["d", "ds"], ["es", "e"]],
  tu: [["aît", "ais"], ["eut", "eux"], ["aut", "aux"], ["ait", "ais"], ["ra", "ras"], ["t", "s"], ["t", "ts"], ["d", "ds"], ["e", "es"]],
  il: [["aient", "ait"], ["inrent", "int"], ["urent", "ut"], ["irent", "it"], ["èrent", "a"], ["issent", "it"], ["ront", "ra"], ["ient", "it"], ["nent", "t"], ["nent", "d"], ["vent", "t"], ["sent", "t"], ["tent", "t"], ["ent", ""], ["ent", "e"], ["ais", "ait"], ["eux", "eut"], ["aux", "aut"], ["ras", "ra"], ["ds", "d"], ["es", "e"], ["s", "t"], ["s", ""], ["ai", "ait"]],
  nous: [["geait", "gions"], ["çait", "cions"], ["cez", "çons"], ["gez", "geons"], ["ront", "rons"], ["rez", "rons"], ["ez", "ons"], ["ait", "ions"], ["ais", "ions"]],
  vous: [["geait", "giez"], ["çait", "ciez"], ["geais", "giez"], ["çais", "ciez"], ["çons", "cez"], ["geons", "gez"], ["rons", "rez"], ["ront", "rez"], ["ons", "ez"], ["ait", "iez"], ["ais", "iez"]],
  ils: [["ait", "aient"], ["rons", "ront"], ["ra", "ront"], ["oit", "oient"], ["ient", "iennent"], ["end", "ennent"], ["oit", "oivent"], ["it", "isent"], ["it", "issent"], ["es", "ent"], ["e", "ent"], ["ds", "dent"], ["d", "dent"]],
};

/** Irregular forms of « avoir », « être », « aller » (endings say nothing useful there). */
const WORDS: Record<Person, Readonly<Record<string, string>>> = {
  je: { a: "ai", as: "ai", vas: "vais", va: "vais" },
  tu: { a: "as", ai: "as", est: "es", va: "vas", vais: "vas" },
  il: { as: "a", ai: "a", es: "est", vas: "va", vais: "va", sont: "est", ont: "a", font: "fait", vont: "va" },
  nous: { somme: "sommes" },
  vous: {},
  ils: { a: "ont", as: "ont", est: "sont", va: "vont", fait: "font", veut: "veulent", peut: "peuvent", vaut: "valent", sait: "savent" },
};

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((r) => b.includes(r));

/**
 * The form of `verb` (lower case) for `person`, or null when `verb` is not a
 * conjugated verb, already fits, or no form of the same verb has the ending.
 */
export function formFor(verb: string, person: Person): string | null {
  const word = WORDS[person][verb];
  if (word !== undefined) return word;
  const c = classOf(verb);
  if (!c.finite || c.verbRoots.length === 0) return null;
  // « il vient », « il ment », « il sent »: already a third person singular (-ir verbs), not a plural in -ent.
  if (person === "il" && (/[^aeiouy]ient$/u.test(verb) || c.verbRoots.some((r) => r.endsWith("ir") && verb === `${r.slice(0, -2)}t`.replace(/tt$/u, "t")))) return null;
  for (const [wrong, right] of ENDINGS[person]) {
    if (!verb.endsWith(wrong) || verb.length - wrong.length < 1) continue;
    const form = verb.slice(0, verb.length - wrong.length) + right;
    if (form === verb) continue;
    const f = classOf(form);
    if (f.finite && shares(f.verbRoots, c.verbRoots)) return form;
  }
  return null;
}

/** « pris », « mis », « finis », « conclus »: a past participle as well (its feminine is a form of the same verb). */
export function mayBeParticiple(word: string): boolean {
  if (!/[iu]s?$/u.test(word)) return classOf(word).participle;
  const c = classOf(word);
  if (c.participle) return true;
  const roots = c.verbRoots;
  // « pris » → « prise », « finis » → « finie ».
  return [`${word}e`, `${word.slice(0, -1)}e`].some((fem) => fem !== word && shares(classOf(fem).verbRoots, roots));
}

/**
 * A noun written for the verb it comes from, after a subject: « je travail » →
 * « travaille », « qui l'emploi » → « emploie », « il maintien » → « maintient »,
 * « je m'en fou » → « fous ». Null when the word is a verb form itself or no
 * close verb form of `person` exists.
 */
export function verbForNoun(word: string, person: Person): string | null {
  const c = classOf(word);
  // Nouns only: « dans », « comment » are entries too.
  if (c.finite || c.infinitive || c.participle || !c.entry || !c.nominal || word.length < 3 || /[sxz]$/u.test(word)) return null;
  const candidates = [`${word}e`, `${word}t`, `${word}s`, `${word}x`];
  if (word.endsWith("l")) candidates.push(`${word}le`);
  if (word.endsWith("x")) candidates.push(`${word.slice(0, -1)}s`);
  for (const form of candidates) {
    const f = classOf(form);
    if (!f.finite) continue;
    const right = formFor(form, person) ?? form;
    // The form must fit the person: « travaille » for je/il, « travailles » for tu (formFor has turned it).
    if (formFor(right, person) === null && classOf(right).finite) return right;
  }
  return null;
}
