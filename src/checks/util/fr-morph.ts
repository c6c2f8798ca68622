import { dictionary } from "../spelling/dictionaries.js";

/**
 * Word classes of French words, read from how Grammalecte's Hunspell
 * dictionary forms them: its flags name conjugation tables for verbs (`a0`
 * first group, `f0` second group…, lower case), participle endings (`p+`,
 * `p.`, `q+`, `q.`) and inflection classes for nouns and adjectives (`S.`
 * plural in -s, `F.` feminine -e and plural, `W.` -eux/-euse, `X.` plural in
 * -x…, upper case). A form can belong to several classes (« président » is a
 * noun and « ils président » a verb); rules ask for one class and not the others.
 */
export interface WordClass {
  /** A conjugated verb form (not the infinitive, not a participle). */
  finite: boolean;
  infinitive: boolean;
  participle: boolean;
  /** A noun or an adjective (any form). */
  nominal: boolean;
  /** A noun or adjective of a class with a feminine (`F.`, `W.`…): mostly adjectives. */
  gendered: boolean;
  /** The word is a dictionary entry itself: for a noun, its singular (« temps », « bras » are entries). */
  entry: boolean;
  /** Roots of its noun or adjective forms. */
  nominalRoots: string[];
  /** Roots of its verb forms. */
  verbRoots: string[];
}

const PARTICIPLE = new Set(["p+", "p.", "q+", "q."]);
const isVerbFlag = (f: string): boolean => /^[a-z][^'+.]$/u.test(f);
const isNominalFlag = (f: string): boolean => /^[A-Z][.+=xscemio]$/u.test(f) && f !== "Si";
const isGenderedFlag = (f: string): boolean => /^[FWG][.+xsce]$/u.test(f) || f === "X.";

const CACHE = new Map<string, WordClass>();

export function classOf(word: string): WordClass {
  let c = CACHE.get(word);
  if (c) return c;
  c = { finite: false, infinitive: false, participle: false, nominal: false, gendered: false, entry: false, nominalRoots: [], verbRoots: [] };
  for (const d of dictionary("fr").analyze(word)) {
    if (d.via === null) {
      c.entry = true;
      for (const f of d.rootFlags) {
        if (isNominalFlag(f)) {
          c.nominal = true;
          c.nominalRoots.push(d.root);
          if (isGenderedFlag(f)) c.gendered = true;
        }
        if (isVerbFlag(f)) {
          c.infinitive = true;
          c.verbRoots.push(d.root);
        }
      }
    } else if (PARTICIPLE.has(d.via)) {
      c.participle = true;
      c.verbRoots.push(d.root);
    } else if (isVerbFlag(d.via)) {
      if (d.root === word) c.infinitive = true;
      else c.finite = true;
      c.verbRoots.push(d.root);
    } else if (isNominalFlag(d.via)) {
      c.nominal = true;
      c.nominalRoots.push(d.root);
      if (isGenderedFlag(d.via)) c.gendered = true;
    }
  }
  if (CACHE.size > 50_000) CACHE.clear();
  CACHE.set(word, c);
  return c;
}

/**
 * A first-group past participle form (« envoyé », « tuées »): Hunspell gives other verbs' participles
 * their own flags, but these come out of the conjugation table, so `classOf` files them as finite forms.
 */
export function isFirstGroupParticiple(word: string, c: WordClass = classOf(word)): boolean {
  return /é(?:e|s|es)?$/u.test(word) && c.verbRoots.some((r) => r.endsWith("er"));
}
