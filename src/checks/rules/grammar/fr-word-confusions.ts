import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { classOf } from "../../util/fr-morph.js";
import { AUXILIARIES, ADVERBS, ETRE, isFirstGroupStem, key, skipWords, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

const k = (w: Word | undefined): string => (w ? key(w) : "");
const DETERMINERS = new Set(["le", "la", "l'", "les", "un", "une", "des", "du", "au", "aux", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "votre", "nos", "vos", "leur", "leurs", "plusieurs", "quelques"]);
const SUBJECTS = new Set(["il", "elle", "on", "ils", "elles"]);
const PUITS_DETERMINERS = new Set(["le", "du", "au", "ce", "cet", "mon", "ton", "son", "notre", "votre", "les", "ces", "mes", "tes", "ses", "nos", "vos", "leurs"]);
/** « dès » before these: « dès le début », « dès lors », « dès que », « dès à présent ». */
const AFTER_DES = new Set(["le", "la", "les", "l'", "lors", "que", "qu'", "maintenant", "demain", "aujourd'hui", "hier", "son", "sa", "ses", "mon", "ma", "mes", "notre", "votre", "nos", "vos", "potron-minet", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]);
/** Passé simple written for the participle after an auxiliary: « il a prit » → « pris ». */
const PARTICIPLE_OF: Record<string, string> = { prit: "pris", mit: "mis", fit: "fait", put: "pu", dut: "dû", sut: "su", vit: "vu", crut: "cru", lut: "lu", but: "bu", conclut: "conclu", reçut: "reçu", apprit: "appris", comprit: "compris", permit: "permis", promit: "promis", surprit: "surpris", soumit: "soumis", admit: "admis", remit: "remis" };
const PRONOUNS_AFTER_SUR = new Set(["moi", "toi", "lui", "elle", "nous", "vous", "eux", "elles", "soi", "rien", "cela", "ça", "ceci"]);

interface Hit {
  word: Word;
  right: string;
  why: string;
  /** Up to this word's end, when the wrong text is two words (« d'avantage »). */
  through?: Word;
}

/** Each check looks at word i and its neighbours and returns the correction, or null. */
const CHECKS: Array<[readonly string[], (w: readonly Word[], i: number) => Hit | null]> = [
  // « des à présent », « des lors », « des le début » → « dès »
  [["des"], (w, i) => (k(w[i]) === "des" && w[i + 1]?.text === w[i + 1]?.lower && (AFTER_DES.has(k(w[i + 1])) || (k(w[i + 1]) === "à" && k(w[i + 2]) === "présent")) ? { word: w[i] as Word, right: "dès", why: "préposition de temps" } : null)],
  // « dû à une erreur », « notre dû »
  // (« son du » is left alone: « le son du canon ».)
  [["du"], (w, i) => (k(w[i]) === "du" && (["à", "au", "aux"].includes(k(w[i + 1])) || k(w[i - 1]) === "notre" || k(w[i - 1]) === "votre") ? { word: w[i] as Word, right: "dû", why: "participe de devoir" } : null)],
  // « à votre grès », « de bon grès » → « gré »
  // (« son grès » may be its sandstone.)
  [["grès"], (w, i) => (k(w[i]) === "grès" && ["votre", "notre", "mon", "ton", "bon", "mauvais", "plein"].includes(k(w[i - 1])) ? { word: w[i] as Word, right: "gré", why: "volonté" } : null)],
  // « en voix de guérison » → « voie »
  [["voix"], (w, i) => (k(w[i]) === "voix" && k(w[i - 1]) === "en" && (k(w[i + 1]) === "de" || k(w[i + 1]) === "d'") ? { word: w[i] as Word, right: "voie", why: "« en voie de »" } : null)],
  // « ne me rapporte guerre », « plus guerre » → « guère »
  [["guerre"], (w, i) => {
    if (k(w[i]) !== "guerre" || DETERMINERS.has(k(w[i - 1])) || !w[i - 1] || (w[i] as Word).start !== (w[i - 1] as Word).end + 1) return null;
    const p = k(w[i - 1]);
    const c = classOf(p);
    const negated = w.slice(Math.max(0, i - 5), i).some((x) => k(x) === "ne" || k(x) === "n'");
    return negated && (p === "plus" || p === "pas" || (c.finite && !c.nominal)) ? { word: w[i] as Word, right: "guère", why: "adverbe « ne … guère »" } : null;
  }],
  // « au fond du puis », « plusieurs puis » → « puits »
  // (« plusieurs puis quelques-uns », « un puis deux »: the adverb.)
  [["puis"], (w, i) => (k(w[i]) === "puis" && PUITS_DETERMINERS.has(k(w[i - 1])) ? { word: w[i] as Word, right: "puits", why: "nom" } : null)],
  // « il c'en est lassé », « elles c'étaient vantées » → « s' »
  [["c'"], (w, i) => (k(w[i]) === "c'" && SUBJECTS.has(k(w[i - 1])) ? { word: w[i] as Word, right: "s'", why: "pronom réfléchi" } : null)],
  // « s'en était trop », « s'en est fini » → « c'en »
  [["s'"], (w, i) => (k(w[i]) === "s'" && k(w[i + 1]) === "en" && ["est", "était", "sera", "serait", "fut"].includes(k(w[i + 2])) && ["trop", "fini", "fait", "assez"].includes(k(w[skipWords(w, i + 3, ADVERBS_NO_TROP)])) && !SUBJECTS.has(k(w[i - 1])) ? { word: w[i] as Word, right: "c'", why: "« c'en est trop »" } : null)],
  // « en tant de guerre », « à tant partiel », « un tant d'adaptation » → « temps »
  [["tant"], (w, i) => {
    if (k(w[i]) !== "tant") return null;
    const p = k(w[i - 1]);
    const n = k(w[i + 1]);
    if (n === "soit" || n === "que" || n === "qu'") return null;
    // (« en tant de lieux », « à tant de titres »: « so many ».)
    const wrong = ((p === "en" || p === "à") && ["partiel", "plein", "complet", "réel", "voulu"].includes(n)) || (["un", "le", "ce", "du", "mon", "ton", "son", "notre", "votre", "leur"].includes(p) && n !== "et");
    return wrong ? { word: w[i] as Word, right: "temps", why: "nom" } : null;
  }],
  // « une fois pour toute » → « toutes »
  [["toute"], (w, i) => (k(w[i]) === "toute" && k(w[i - 1]) === "pour" && k(w[i - 2]) === "fois" ? { word: w[i] as Word, right: "toutes", why: "« une fois pour toutes »" } : null)],
  // « il a prit », « était-il prit » → « pris »
  [Object.keys(PARTICIPLE_OF), (w, i) => {
    const form = PARTICIPLE_OF[k(w[i])];
    if (!form) return null;
    let j = i - 1;
    while (j >= 0 && ADVERBS.has(k(w[j]))) j--;
    const aux = k(w[j]);
    return AUXILIARIES.has(aux) || ETRE.has(aux) || /-(?:il|elle|on|ils|elles|vous|nous|je|tu)$/u.test(aux) ? { word: w[i] as Word, right: form, why: "participe passé" } : null;
  }],
  // « leur délires » → « leurs »
  [["leur"], (w, i) => {
    if (k(w[i]) !== "leur" || !w[i + 1] || SUBJECTS.has(k(w[i - 1])) || ["je", "tu", "nous", "vous", "ne", "n'", "me", "te", "se", "le", "la", "les"].includes(k(w[i - 1]))) return null;
    const n = k(w[i + 1]);
    const c = classOf(n);
    return /[sx]$/u.test(n) && c.nominal && !c.entry && !c.finite && !c.infinitive ? { word: w[i] as Word, right: "leurs", why: "déterminant pluriel" } : null;
  }],
  // « je suis sur de toi », « sur qu'il viendra » → « sûr »
  [["sur"], (w, i) => {
    if (k(w[i]) !== "sur") return null;
    let j = i - 1;
    while (j >= 0 && ["si", "très", "bien", "tout", "pas", "plus", "assez", "trop", "vraiment", "absolument", "tellement", "aussi"].includes(k(w[j]))) j--;
    if (!ETRE.has(k(w[j])) && !["suis", "sommes", "semble", "semblait", "paraît"].includes(k(w[j]))) return null;
    const n = k(w[i + 1]);
    const after = ["le", "la", "les", "l'", "lui", "leur", "y", "en"].includes(k(w[i + 2])) ? k(w[i + 3]) : k(w[i + 2]);
    const ok = n === "que" || n === "qu'" || ((n === "de" || n === "d'") && (PRONOUNS_AFTER_SUR.has(k(w[i + 2])) || /^\p{Lu}/u.test(w[i + 2]?.text ?? "") || (classOf(after).infinitive && !classOf(after).nominal)));
    return ok ? { word: w[i] as Word, right: "sûr", why: "adjectif « certain »" } : null;
  }],
  // « d'entre elle », « parmi elle » (plusieurs) → « elles »
  [["elle"], (w, i) => (k(w[i]) === "elle" && (k(w[i - 1]) === "parmi" || (k(w[i - 1]) === "entre" && k(w[i - 2]) === "d'")) ? { word: w[i] as Word, right: "elles", why: "pluriel après « d'entre », « parmi »" } : null)],
  // « Veillez me contacter » → « Veuillez » (« veillez à », « veillez sur » are right).
  [["veillez"], (w, i) => {
    let j = i + 1;
    while (j < w.length && CLITICS_ONLY.has(k(w[j]))) j++;
    const next = w[j];
    return next && next.text === next.lower && classOf(next.lower).infinitive ? { word: w[i] as Word, right: "veuillez", why: "verbe vouloir" } : null;
  }],
  // « J'ai du lui donner » → « dû »: « avoir » + « du » + an infinitive.
  [["du"], (w, i) => {
    if (!AUXILIARIES.has(k(w[i - 1]))) return null;
    let j = i + 1;
    while (j < w.length && CLITICS_ONLY.has(k(w[j]))) j++;
    const next = w[j];
    return next && next.text === next.lower && classOf(next.lower).infinitive && (!classOf(next.lower).nominal || j > i + 1) ? { word: w[i] as Word, right: "dû", why: "participe de devoir" } : null;
  }],
  // « cet homme peu aller » → « peut »: a noun, « peu », an infinitive.
  [["peu"], (w, i) => {
    const prev = w[i - 1];
    if (!prev || prev.text !== prev.lower || !classOf(prev.lower).nominal || classOf(prev.lower).finite || ADVERBS.has(k(prev)) || ["très", "trop", "si", "un", "le", "à", "de", "pour", "tout", "petit", "quelque", "bien", "fort", "assez"].includes(k(prev))) return null;
    let j = i + 1;
    while (j < w.length && CLITICS_ONLY.has(k(w[j]))) j++;
    const next = w[j];
    return next && next.text === next.lower && classOf(next.lower).infinitive ? { word: w[i] as Word, right: "peut", why: "verbe pouvoir" } : null;
  }],
  // « ces gens on souvent tort », « celles-là on vraiment un problème » → « ont »
  [["on"], (w, i) => {
    const prev = w[i - 1];
    if (!prev) return null;
    const p = k(prev);
    const pc = classOf(p);
    const pluralSubject = PLURAL_PRONOUNS.has(p) || p === "gens" || (prev.text === prev.lower && /[sx]$/u.test(p) && pc.nominal && !pc.entry && !pc.finite);
    if (!pluralSubject) return null;
    let j = i + 1;
    while (j < w.length && ADVERBS.has(k(w[j]))) j++;
    const next = w[j];
    if (!next || CLITICS_ONLY.has(k(next)) || ["le", "la", "les", "l'"].includes(k(next))) return null;
    const nc = classOf(next.lower);
    const fits = (nc.participle && !nc.finite) || ["un", "une", "des", "du", "de", "d'", "tort", "raison", "peur", "faim", "besoin", "envie", "lieu", "été", "eu"].includes(k(next));
    return fits ? { word: w[i] as Word, right: "ont", why: "verbe avoir" } : null;
  }],
  // « à peu prêt », « de plus prêt », « prêt de 15 ans » → « près »
  [["prêt"], (w, i) => {
    const p = k(w[i - 1]);
    const n = w[i + 1];
    const closeTo = (p === "peu" && k(w[i - 2]) === "à") || (p === "plus" && k(w[i - 2]) === "de") || ((k(n) === "de" || k(n) === "d'") && w[i + 2] !== undefined && (w[i + 2] as Word).kind === "number");
    return closeTo ? { word: w[i] as Word, right: "près", why: "adverbe de proximité" } : null;
  }],
  // « en lieu sur » → « sûr »
  [["sur"], (w, i) => (k(w[i - 1]) === "lieu" && k(w[i - 2]) === "en" ? { word: w[i] as Word, right: "sûr", why: "« en lieu sûr »" } : null)],
  // « il si rend souvent », « ne si épanouissent » → « s'y »
  [["si"], (w, i) => {
    if (!SY_BEFORE.has(k(w[i - 1]))) return null;
    const next = w[i + 1];
    if (!next || next.text !== next.lower) return null;
    const c = classOf(next.lower);
    return c.finite && !c.nominal && !c.entry && !c.participle ? { word: w[i] as Word, right: "s'y", why: "pronoms « se » et « y »" } : null;
  }],
  // « un cou de poing » → « coup »
  [["cou"], (w, i) => ((k(w[i + 1]) === "de" || k(w[i + 1]) === "d'") && COUP_DE.has(k(w[i + 2])) ? { word: w[i] as Word, right: "coup", why: "« coup de … »" } : null)],
  // « n'importe qui peux » → « peut »
  [["peux"], (w, i) => (["qui", "quoi"].includes(k(w[i - 1])) && k(w[i - 2]) === "importe" ? { word: w[i] as Word, right: "peut", why: "troisième personne" } : null)],
  // « sa l'ennuierait » → « ça »: a determiner never stands before an object pronoun.
  [["sa"], (w, i) => (["l'", "le", "la", "les", "m'", "me", "t'", "te", "lui", "leur", "y", "n'", "ne"].includes(k(w[i + 1])) ? { word: w[i] as Word, right: "ça", why: "pronom démonstratif" } : null)],
  // « en bas age », « quel age » → « âge »
  [["age"], (w, i) => (AGE_BEFORE.has(k(w[i - 1])) ? { word: w[i] as Word, right: "âge", why: "nom" } : null)],
  // « l'elle de l'avion », « son elle droite » → « aile »: a determiner never stands before the pronoun.
  [["elle"], (w, i) => (["l'", "son", "sa", "mon", "ma", "ton", "ta", "une", "cette", "leur"].includes(k(w[i - 1])) && (w[i] as Word).start - (w[i - 1] as Word).end <= 1 ? { word: w[i] as Word, right: "aile", why: "nom" } : null)],
  // « se reposer d'avantage », « ils s'exerceront d'avantages », « D'avantage de monde viendra » → « davantage » (« pas d'avantage à » is the noun)
  [["d'"], (w, i) => {
    if ((k(w[i + 1]) !== "avantage" && k(w[i + 1]) !== "avantages") || (w[i + 1] as Word).start !== (w[i] as Word).end) return null;
    const p = k(w[i - 1]);
    if (["pas", "plus", "aucun", "beaucoup", "peu", "trop", "tant", "moins", "sans", "point"].includes(p)) return null;
    const hit: Hit = { word: w[i] as Word, through: w[i + 1] as Word, right: "davantage", why: "adverbe" };
    // « apporte d'avantages pécuniaires »: the plural noun, with its adjective.
    const after = w[i + 2];
    if (k(w[i + 1]) === "avantages" && after && classOf(after.lower).nominal && !classOf(after.lower).participle) return null;
    // « D'avantage de monde viendra »: at the start of a sentence, before « de », the adverb of quantity.
    if (i === 0) return k(w[i + 2]) === "de" || k(w[i + 2]) === "d'" ? hit : null;
    const pc = classOf(p);
    // « en savoir d'avantage. »: an infinitive that is also a noun, with nothing after.
    if (pc.infinitive && pc.nominal && !pc.finite && i + 2 === w.length && w[i - 1]?.text === p && !DETERMINERS.has(k(w[i - 2]))) return hit;
    return (pc.finite || pc.infinitive || /-(?:tu|il|elle|on|nous|vous|ils|elles|je)$/u.test(p)) && !pc.nominal ? hit : null;
  }],
  // « je veux quelles s'efforcent », « Quelle y vienne » → « qu'elle(s) »
  // (« Quelles en sont les conséquences ? », « Quelle n'a pas été ma surprise » are right.)
  [["quelle", "quelles"], (w, i) => (["y", "s'", "t'", "m'", "se", "te", "me"].includes(k(w[i + 1])) ? { word: w[i] as Word, right: k(w[i]) === "quelle" ? "qu'elle" : "qu'elles", why: "« que » + « elle »" } : null)],
  // « il suffit de mangé », « commence par mangé » → infinitive after a verb and « de », « par »
  [["de", "d'", "par"], (w, i) => {
    const prev = w[i - 1];
    const next = w[i + 1];
    if (!prev || !next || next.text !== next.lower || !next.lower.endsWith("é") || prev.text !== prev.lower) return null;
    const pc = classOf(prev.lower);
    // « ce qu'il y a de compliqué »: after « avoir » or « être », « de » + participle is an attribute.
    if (!pc.finite || pc.nominal || pc.participle || AUXILIARIES.has(k(prev)) || ETRE.has(k(prev))) return null;
    const stem = next.lower.slice(0, -1);
    const nc = classOf(next.lower);
    return nc.participle && !nc.nominal && isFirstGroupStem(stem) ? { word: next, right: `${stem}er`, why: `infinitif après « ${k(w[i])} »` } : null;
  }],
];
const AGE_BEFORE = new Set(["quel", "quelle", "ton", "mon", "son", "votre", "notre", "leur", "bas", "l'", "cet", "un", "le", "en", "moyen", "même", "jeune", "grand", "bel"]);
const SY_BEFORE = new Set(["il", "elle", "on", "ils", "elles", "ne", "n'", "qui"]);
const COUP_DE = new Set(["bâton", "poing", "pied", "main", "fil", "téléphone", "cœur", "coeur", "foudre", "soleil", "pouce", "vent", "feu", "théâtre", "génie", "gueule", "œil", "oeil", "tête", "chance", "force", "état", "grâce", "maître", "pinceau", "balai", "fouet", "couteau", "marteau", "klaxon", "sifflet", "frein", "projecteur", "sang", "froid", "chaud", "blues", "cafard", "éclat"]);
const CLITICS_ONLY = new Set(["me", "m'", "te", "t'", "se", "s'", "nous", "vous", "lui", "leur", "le", "la", "les", "l'", "y", "en"]);
const PLURAL_PRONOUNS = new Set(["ceux", "celles", "ceux-ci", "ceux-là", "celles-ci", "celles-là", "eux"]);
const ADVERBS_NO_TROP = new Set([...ADVERBS].filter((a) => a !== "trop"));
/** The checks by the word they look at: most words of a text have none. */
const BY_WORD = new Map<string, Array<(w: readonly Word[], i: number) => Hit | null>>();
for (const [words, check] of CHECKS) for (const word of words) BY_WORD.set(word, [...(BY_WORD.get(word) ?? []), check]);
/** The same words, found through the shared word index: only they are visited. */
const TRIGGER_WORDS = triggers(BY_WORD.keys());

/**
 * Homophones and look-alikes that one neighbour settles: « des à présent »
 * (dès), « l'échec du à » (dû), « à votre grès » (gré), « en voix de » (voie),
 * « ne … guerre » (guère), « le puis » (puits), « il c'en lasse » (s'en), « s'en est trop » (c'en), « en tant de guerre »
 * (temps), « il a prit » (pris), « leur délires » (leurs), « je suis sur de
 * toi » (sûr), « d'entre elle » (elles).
 */
export const rule: Rule = {
  id: "grammar/fr-word-confusions",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Homophones qu'un mot voisin départage : « des à présent », « du à », « veillez me contacter », « ne … guerre », « il a prit », « leur délires », « ces gens on tort »…",
  explanation:
    "Words that sound alike are confused in writing; in these patterns one neighbour settles which word is meant: « dès » before « le, lors, que, à présent » (« des » never stands there), « dû » before « à » or after a possessive, « gré » after a possessive or « bon », « voie » in « en voie de », « guère » after a negated verb, « puits » after a determiner (not « un », « plusieurs »: « un puis deux »), « s' » after a subject pronoun instead of « c' », « c'en est trop/fini », « temps » after a determiner or in « à temps partiel » (« un tant soit peu », « en tant de lieux » are left alone), « une fois pour toutes », the participle after an auxiliary instead of the passé simple (« il a prit » → « pris »), « leurs » before a plural noun, « sûr » after « être » and before « de moi », « que », « elles » after « d'entre », « parmi », « veuillez » before an infinitive (« veillez me contacter »; « veillez à » is right), « dû » between « avoir » and an infinitive (« j'ai du lui donner »), « peut » between a noun and an infinitive (« cet homme peu aller »), and « ont » after a plural subject before a participle or an object (« ces gens on souvent tort »), « près » in « à peu près », « de plus près », « près de » + a number, « s'y » between a subject pronoun and a verb (« il si rend »), « coup de » + a listed noun (« un cou de poing »), « ça » before an object pronoun (« sa l'ennuierait »). « âge » after a determiner, « quel » or « bas », « aile » after a determiner (« l'elle de l'avion »), « davantage » after a verb (« se reposer d'avantage »; « pas d'avantage » is the noun), « qu'elle(s) » before an object or reflexive pronoun (« je veux quelles s'efforcent »), and the infinitive after a verb and « de » or « par » (« il suffit de mangé »). Words in capitals (acronyms) are left alone. Word classes come from the French dictionary.",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    for (const g of positionsOf(doc, ctx, TRIGGER_WORDS)) {
      const s = index.sentence[g];
      if (!s) continue;
      const words = s.words;
      const i = index.inSentence[g] as number;
      const checks = BY_WORD.get(key(words[i] as Word));
      // Words in capitals are acronyms here (« la SA », « le SI »).
      if (!checks || ((words[i] as Word).text.length > 1 && !(words[i] as Word).elided && (words[i] as Word).text === (words[i] as Word).text.toUpperCase())) continue;
      for (const c of checks) {
        const hit = c(words, i);
        if (!hit) continue;
        const right = withCaseOf(hit.word.text, hit.right);
        const range: [number, number] = [hit.word.range[0], (hit.through ?? hit.word).range[1]];
        const wrong = doc.source.slice(range[0], range[1]);
        ctx.report({ range, message: `« ${wrong} » → « ${right} » (${hit.why}).`, suggestions: [right], fix: { range, text: right } });
        break;
      }
    }
  },
};
