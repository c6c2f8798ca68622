import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";
import { charPositions, forEachMatchAt, isSpace } from "../../util/fr-regex-window.js";
import { classOf } from "../../util/fr-morph.js";
import { key } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

/**
 * « a » (verb avoir) and « à » (preposition) confused, in the patterns where
 * only one reading is possible:
 * - a subject pronoun followed by « à » and a past participle: « il à mangé » → « a »;
 * - « il y à » → « il y a »;
 * - « a » after a word that always takes the preposition (« grâce a », « jusqu'a »,
 *   « face a », « quant a ») or before a fixed prepositional phrase at the start of a
 *   sentence or after a noun (« a partir de », « a cause de ») → « à ».
 */
const VERB_NEEDED = /(il|elle|on|qui|cela|ça|ce|c['’]|n['’]|y)\s*(à)\s+(?!qui|quoi)(été|eu|fait|dit|pris|mis|vu|su|pu|dû|fallu|\p{Ll}{2,}(?:é|ée|és|ées|i|u))(?![\p{L}'’-])/giu;
const IL_Y_A = /(il\s+y)\s+(à)(?![\p{L}'’-])/giu;
const PREP_AFTER = /(grâce|jusqu['’]|quant|face|suite|conformément|relativement|contrairement|parallèlement)\s*(a)(?=\s)/giu;
const PREP_PHRASE = /(a)\s+(partir\s+d|cause\s+d|travers|côté\s+d|propos\s+d|peu\s+près|la\s+fois|l['’]aide\s+d|condition\s+qu|proximité\s+d|l['’]égard\s+d|l['’]instar\s+d|l['’]inverse|la\s+place\s+d)/giu;
/** « a », « à »: the words the rule reads, found through the shared word index. */
const A_WORDS = triggers(["a", "à"]);
/** The patterns' left word boundary (checked on each match, see forEachMatchAfterBoundary). */
const WORD_PART = /[\p{L}'’-]/u;
/** The start of the white space (`\s`) that ends at `i`: `i` itself when there is none. */
function skipSpacesBack(text: string, i: number): number {
  let q = i;
  while (q > 0 && isSpace(text.charCodeAt(q - 1))) q--;
  return q;
}
const SUBJECTS = new Set(["il", "elle", "on", "qui", "cela", "ça", "y", "elle-même", "lui-même", "chacun", "personne", "tout", "rien", "quelqu'un", "quelqu’un"]);

export const rule: Rule = {
  id: "grammar/fr-a-accent",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« a » (avoir) et « à » (préposition) confondus : « il à mangé », « il me l'à donné », « machine a café », « mettre a profit ».",
  explanation:
    "« a » is the verb avoir (« il a mangé »), « à » the preposition (« à partir de », « grâce à »). The rule reports only the patterns where one reading is impossible. « à » → « a »: between a subject pronoun and a past participle (« il à mangé »), after a subject and object pronouns (« il me l'à donné », « elle n'à rien »), before a participle-only word (« cette femme à été »), « il y à », « ça à l'air », « elle à chaud ». « a » → « à »: after a word that always takes the preposition (« grâce a », « par rapport a », « en proie a ») or an infinitive (« mettre a profit », « hésiter a demander »), after an inverted verb (« que fait-il a cette conférence ») or a conjugated verb other than « avoir » before a determiner (« il pense souvent a sa fille »; not in a relative clause: « ce que je mange a un goût »), before a fixed prepositional phrase (« a partir de », « a reculons », « a qui »), between a noun and a bare noun (« une arme a feu », « la machine a café »), before an infinitive when no pronoun is the subject (« les seuls a pouvoir »), and a capital « A » opening a sentence (« A bientôt »). Word classes come from the French dictionary; nouns that « avoir » takes without an article (« a faim », « a raison », « a besoin ») and Latin (« a priori ») are left alone.",
  check(doc, ctx) {
    const done = new Set<number>();
    for (const b of doc.blocks) {
      const text = b.text;
      const report = (start: number, wrong: string, right: string): void => {
        const range = b.toSource(start, start + wrong.length);
        if (done.has(range[0])) return;
        done.add(range[0]);
        ctx.report({ range, message: `« ${wrong} » → « ${right} » (${right.toLowerCase() === "a" ? "verbe avoir" : "préposition"}).`, suggestions: [right], fix: { range, text: right } });
      };
      // Both patterns end with white space (or none) and « à »: they can only start a few letters before an « à »,
      // where they are tried alone (a pattern that starts with an alternation is otherwise tried at every position).
      const verbStarts: number[] = [];
      const ilYStarts: number[] = [];
      for (const a of charPositions(text, "àÀ")) {
        const q = skipSpacesBack(text, a);
        // « il », « cela », « y », « c' »…: one to four characters.
        for (let n = 4; n >= 1; n--) if (q - n >= 0) verbStarts.push(q - n);
        // « il y à »: « y », spaces, « il ».
        if (q > 0 && (text[q - 1] === "y" || text[q - 1] === "Y")) ilYStarts.push(skipSpacesBack(text, q - 1) - 2);
      }
      forEachMatchAt(VERB_NEEDED, text, verbStarts, WORD_PART, (m) => {
        const at = m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
        report(at, m[2] as string, "a");
      });
      forEachMatchAt(IL_Y_A, text, ilYStarts, WORD_PART, (m) => report(m.index + m[0].length - 1, "à", "a"));
      forEachMatchAfterBoundary(PREP_AFTER, text, WORD_PART, (m) => {
        // « cette petite suite a une vue », « le coiffeur en face a mis »: a noun or an adverb, then the verb.
        if (/^(?:suite|face)$/iu.test(m[1] as string) && /(?:^|\s)(?:la|une|cette|petite|sa|ma|ta|leur|en|de|d['’])\s+$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))) return;
        // « donné suite a eu des conséquences »: « a » + participle is the verb.
        if (/^\s+(?:eu|été)(?![\p{L}])/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) return;
        report(m.index + m[0].length - 1, "a", "à");
      });
      forEachMatchAfterBoundary(PREP_PHRASE, text, WORD_PART, (m) => {
        const before = text.slice(Math.max(0, m.index - 60), m.index).trimEnd();
        const prev = before.match(/([\p{L}'’-]+)$/u)?.[1]?.toLowerCase() ?? "";
        if (SUBJECTS.has(prev) || /['’]$/.test(prev)) return;
        const capital = m[1] === "A";
        report(m.index, m[1] as string, capital ? "À" : "à");
      });
    }
    const index = wordIndex(doc, ctx);
    for (const g of positionsOf(doc, ctx, A_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      const w = words[i] as Word;
      if (w.lower !== "a" && w.lower !== "à") continue;
      const right = w.lower === "a" ? prepositionNeeded(words, i, s.block.text) : verbNeeded(words, i);
      if (!right || done.has(w.range[0])) continue;
      done.add(w.range[0]);
      const fixed = w.text === w.lower ? right : right.toUpperCase();
      ctx.report({
        range: w.range,
        message: `« ${w.text} » → « ${fixed} » (${right === "a" ? "verbe avoir" : "préposition"}).`,
        suggestions: [fixed],
        fix: { range: w.range, text: fixed },
      });
    }
  },
};

const k = (w: Word | undefined): string => (w ? key(w) : "");
/** Subject pronouns: after them « a » is the verb. */
const PRONOUN_SUBJECTS = new Set(["il", "elle", "on", "qui", "ça", "cela", "ce", "c'", "tout", "j'", "je", "tu", "nous", "vous", "ils", "elles", "rien", "personne", "chacun", "quelqu'un"]);
/** Subject pronouns that cannot be anything else (« tout », « rien », « qui » can: « tout à l'heure », « rien à l'affaire »). */
const STRICT_SUBJECTS = new Set(["il", "elle", "on", "ça", "cela", "c'", "j'", "je", "tu", "ils", "elles"]);
/** Nouns that « avoir » takes without an article (« il a faim », « elle a peur »): « a » there is the verb. */
const BARE_AFTER_AVOIR = new Set(["faim", "soif", "peur", "raison", "tort", "besoin", "envie", "froid", "chaud", "mal", "honte", "hâte", "horreur", "lieu", "trait", "cours", "droit", "accès", "affaire", "confiance", "conscience", "soin", "recours", "part", "pitié", "sommeil", "tendance", "coutume", "vocation", "intérêt", "beau", "vent", "fort", "gain", "foi", "carte", "priorité", "rendez-vous"]);
/** Words that « à » introduces and « a » never directly precedes as a complement. */
const AFTER_PREPOSITION = new Set(["qui", "quoi", "toi", "moi", "eux", "part", "reculons", "nouveau", "moins", "titre", "cause", "côté", "travers", "jamais", "présent", "peine", "demain", "bientôt", "plat", "profit", "terre", "distance", "échéance", "pas", "pied", "cheval", "genoux", "loisir", "volonté", "merveille", "jour"]);
/** Adjectives and words that follow « a » in « avoir » locutions (« a bon dos », « a grand besoin », « a bel et bien »). */
const NOT_AFTER_PREPOSITION = new Set(["bon", "bonne", "mauvais", "mauvaise", "grand", "grande", "bel", "belle", "beau", "petit", "petite", "gros", "grosse", "meilleur", "meilleure", "tout", "toute", "plein", "pleine", "bien", "interdiction", "mal", "fort", "lieu", "besoin"]);
const LATIN = new Set(["priori", "posteriori", "fortiori", "contrario", "minima", "maxima"]);
/** Object pronouns: a verb follows them, never the preposition (« il me l'a donné »). */
const OBJECT_CLITICS = new Set(["me", "m'", "te", "t'", "se", "s'", "le", "la", "les", "l'", "lui", "leur", "nous", "vous", "en", "y", "n'", "ne"]);

/** « a » where « à » is needed, or null. */
function prepositionNeeded(words: readonly Word[], i: number, text: string): string | null {
  /** A comma (or another mark) between two words of the block. */
  const commaBetween = (a: Word, b: Word): boolean => /[,;:]/u.test(text.slice(a.end, b.start));
  const w = words[i] as Word;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!next) return null;
  const p = k(prev);
  const n = k(next);
  const pp = k(words[i - 2]);
  if (LATIN.has(n)) return null;
  // « A vaincre sans péril », « A bientôt »: a capital « A » opening a sentence (« A-t-il » is one word, « A. » an initial).
  if (i === 0 && w.text === "A" && next.kind === "word" && next.start === w.end + 1) {
    const c = classOf(n);
    return c.finite || c.participle || DETERMINERS.has(n) ? null : "à";
  }
  if (PRONOUN_SUBJECTS.has(p) && !((n === "qui" || n === "quoi") && !STRICT_SUBJECTS.has(p))) return null;
  if (OBJECT_CLITICS.has(p)) return null;
  if (n === "eu" || n === "été" || NOT_AFTER_PREPOSITION.has(n)) return null;
  const nextClass = classOf(n);
  if (nextClass.participle && !nextClass.nominal) return null;
  // Fixed phrases: « par rapport à », « en proie à », « enclin à », « du mal à », « prendre part à ».
  if ((p === "rapport" && pp === "par") || (p === "proie" && pp === "en") || /^enclin(?:e|s|es)?$/u.test(p) || (p === "mal" && (pp === "du" || pp === "de")) || (p === "part" && /^(?:prendre|prend|prends|prennent|pris|prenez|prenons|prenait)$/u.test(pp))) return "à";
  if (prev && prev.kind === "word" && prev.text === prev.lower) {
    const c = classOf(prev.lower);
    // After an infinitive « a » is the preposition (« mettre a profit », « parvenir a la fin »), unless the
    // infinitive is the subject (« vous examiner a eu des conséquences »: excluded above by the participle).
    if (c.infinitive && !c.nominal && !c.finite && p.endsWith("r")) {
      // Before an article the infinitive may be the subject (« se préparer a des vertus »): only when a verb
      // or a preposition governs it (« il faut parvenir a la fin », « prendre a la légère »).
      if (!DETERMINERS.has(n)) return "à";
      let j = i - 2;
      while (j >= 0 && OBJECT_CLITICS.has(k(words[j]))) j--;
      const gov = words[j];
      const gc = gov ? classOf(k(gov)) : null;
      if (gov && gc && ((gc.finite && !gc.nominal) || ["de", "d'", "pour", "sans", "par", "à"].includes(k(gov))) && j === i - 2) return "à";
    }
  }
  // After an inverted verb (« Que fait-il a cette conférence ? », « Dis-moi a quelle heure ») « a » is not « avoir ».
  if (prev && INVERTED.test(p)) return "à";
  // After a conjugated verb other than « avoir » (adverbs between) and before a determiner: « il pense souvent a sa fille ».
  if (DETERMINERS.has(n) || n === "quelle" || n === "quel" || n === "personne") {
    let j = i - 1;
    while (j >= 0 && VERB_ADVERBS.has(k(words[j]))) j--;
    const verb = words[j];
    // « ce que je mange a un goût »: in a relative clause the verb is not the one before « a ».
    // (« Ce que j'ai vu, tu ne donnes jamais rien a ces hommes »: a comma closes the relative clause.)
    const relative = words.slice(Math.max(0, j - 4), j).some((x) => ["que", "qu'", "qui", "dont", "où"].includes(k(x)) && verb !== undefined && !commaBetween(x, verb));
    if (verb && verb.text === verb.lower && !relative) {
      const c = classOf(k(verb));
      const isVerb = (c.finite && !c.nominal && !c.entry) || (ETRE_FORMS.has(k(verb)) && j === i - 1);
      if (isVerb && !AUX_AVOIR.has(k(verb))) return "à";
    }
    return null;
  }
  if (AFTER_PREPOSITION.has(n) && !BARE_AFTER_AVOIR.has(n)) return "à";
  // « une arme a feu », « la machine a café »: a noun, « a », a noun without article.
  if (prev && next.kind === "word" && next.text === next.lower && !BARE_AFTER_AVOIR.has(n) && i >= 2) {
    const pc = classOf(p);
    const nc = classOf(n);
    // After a determiner the word is a noun even when it is also a verb form (« la machine »); so is a bare plural
    // after « a » (« un moule a gaufres », « un tueur a gages »), which no tense of a verb ends like.
    const bareNoun = !nc.finite || (/[sx]$/u.test(n) && !/(?:is|us|és)$/u.test(n));
    if ((DETERMINERS.has(pp) || pp === "de" || pp === "d'" || pp === "des") && pc.nominal && nc.nominal && bareNoun && !nc.participle && !nc.infinitive && !NOT_AFTER_PREPOSITION.has(n)) return "à";
  }
  // « a » + infinitive without a subject pronoun: « seuls a pouvoir les aider », « du mal a l'écouter », « a s'en tirer ».
  let j = i + 1;
  while (j < words.length && OBJECT_CLITICS.has(k(words[j]))) j++;
  const v = words[j];
  if (v && v.kind === "word" && v.text === v.lower) {
    const c = classOf(v.lower);
    const after = k(words[j + 1]);
    const nominalOk = !c.nominal || j > i + 1 || OBJECT_CLITICS.has(after) || DETERMINERS.has(after);
    if (c.infinitive && nominalOk && !c.finite && /(?:er|ir|re|oir)$/u.test(v.lower) && prev && !/^\p{Lu}/u.test(prev.text)) return "à";
  }
  return null;
}

/** An inverted verb and pronoun written as one word: « fait-il », « vient-on », « dis-moi », « offrez-vous », « a-t-il ». */
const INVERTED = /^\p{L}+(?:-t)?-(?:il|elle|on|ils|elles|je|tu|nous|vous|moi|toi)$/u;
/** Adverbs between a verb and « à » (« il pense souvent à », « tu ne donnes jamais rien à »). */
const VERB_ADVERBS = new Set(["souvent", "bien", "mal", "jamais", "rien", "toujours", "encore", "aussi", "vite", "pas", "plus", "tout", "beaucoup", "peu", "parfois", "déjà", "enfin", "surtout", "volontiers"]);
const ETRE_FORMS = new Set(["est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "suis", "es", "sommes", "êtes", "fut"]);
const AUX_AVOIR = new Set(["a", "ai", "as", "avons", "avez", "ont", "avait", "avais", "avaient", "aura", "aurait", "eu"]);

/** « à » where « a » is needed, or null. */
function verbNeeded(words: readonly Word[], i: number): string | null {
  const prev = words[i - 1];
  const next = words[i + 1];
  const p = k(prev);
  const n = k(next);
  // « il me les à donnés », « elle n'à rien », « il y en à »: object pronouns after a subject stand before a verb.
  let j = i - 1;
  while (j >= 0 && OBJECT_CLITICS.has(k(words[j]))) j--;
  // At the start of a sentence only « Y à » (« Y à du poulet »): « Vous à qui… » is the preposition.
  if (j < i - 1 && (j < 0 ? k(words[0]) === "y" && i === 1 : STRICT_SUBJECTS.has(k(words[j])))) return "a";
  // « ça à l'air », « elle à chaud »
  if (STRICT_SUBJECTS.has(p) && next && ((n === "l'" && k(words[i + 2]) === "air") || BARE_AFTER_AVOIR.has(n))) return "a";
  // « Lui l'à pris », « les à ennuyés »: an object pronoun, never an article, stands right before « à » (« les à-peu-près » aside).
  if (OBJECT_BEFORE_VERB.has(p) && n !== "peu" && prev && prev.text === prev.lower) return "a";
  // « la petite à peur », « cet homme à faim »: « à » never introduces these nouns.
  if (next && AVOIR_ONLY.has(n)) return "a";
  // « tout à l'air fini »
  if ((p === "tout" || p === "rien") && n === "l'" && k(words[i + 2]) === "air" && k(words[i + 3]) !== "libre") return "a";
  // « cette femme à réellement trouvé », « la grande à toujours fini »: adverbs, then a past participle.
  // (« à jamais gravé », « à tout faire », « à bien y réfléchir » are the preposition.)
  let a = i + 1;
  if (!NOT_FIRST_ADVERB.has(n)) while (a < words.length && (VERB_ADVERBS.has(k(words[a])) || /^\p{Ll}{3,}ment$/u.test(k(words[a])))) a++;
  if (a > i + 1 && i > 0) {
    const v = words[a];
    const c = v ? classOf(k(v)) : null;
    // Many participles come out of the conjugation tables as finite forms (« ouvert », « trouvé »).
    if (v && c && v.text === v.lower && (c.participle || c.finite) && !c.nominal && !c.infinitive) return "a";
  }
  // « cette femme à été », « l'homme à ouvert »: a past participle right after.
  if (next && next.kind === "word" && next.text === next.lower && i > 0) {
    const c = classOf(n);
    if ((n === "été" || n === "eu" || (c.participle && !c.nominal && !c.infinitive && !c.finite)) && !/(?:ée|és|ées)$/u.test(n) && n !== "tu") return "a";
  }
  return null;
}

/** Adverbs that make a locution with « à » (« à jamais », « à tout prix », « à bien y penser »). */
const NOT_FIRST_ADVERB = new Set(["jamais", "tout", "bien", "plus", "peu", "pas", "mal", "rien", "beaucoup"]);
/** Object pronouns that cannot be articles before « à » (« il les à pris », « Lui l'à vu »). */
const OBJECT_BEFORE_VERB = new Set(["l'", "les", "la", "le"]);
/** Nouns taken by « avoir » that « à » never introduces (« à peur » is always « a peur »). */
const AVOIR_ONLY = new Set(["peur", "faim", "soif", "honte", "sommeil", "hâte", "envie"]);
const DETERMINERS = new Set(["le", "la", "l'", "les", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "nos", "vos", "leur", "leurs"]);
