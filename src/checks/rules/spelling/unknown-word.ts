import type { Rule } from "../../rule.js";
import { dictionary, isKnown } from "../../spelling/dictionaries.js";

/** Unknown words per post that get suggestions (each costs a few hundred dictionary lookups). */
export const MAX_SUGGESTED = 8;
const HAS_DIGIT = /\p{N}/u;
const LIGATURES = /[\uFB00-\uFB06]/u;
const UPPER_START = /^\p{Lu}/u;

export const rule: Rule = {
  id: "spelling/unknown-word",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "A word that is not in the French or English dictionary (Hunspell dictionaries from dictionary-fr / dictionary-en).",
  explanation:
    "Spelling is checked against the Hunspell dictionaries of the post's language (Grammalecte's French dictionary, the SCOWL English one). Not checked: URLs, e-mails, @mentions, #hashtags, numbers, code, words in capitals, capitalised words inside a sentence (proper nouns), brand names from `brand.names` and words listed in `vocabulary`. The English dictionary is American; British spellings of its words (-ise, -our, -tre, -lled, -yse, -ogue) are accepted. Elisions (« l'équipe ») are checked without their article, hyphenated compounds as a whole or part by part, and « oe » is accepted for « œ ». Suggestions come from the dictionary's replacement table and single edits.",
  enabled: (ctx) => ctx.lang !== "und",
  check(doc, ctx) {
    const lang = ctx.lang === "fr" ? "fr" : "en";
    let suggested = 0;
    const accepted = new Set([...ctx.config.vocabulary, ...ctx.config.brand.names.flatMap((n) => n.split(/\s+/))].map((w) => w.toLowerCase()));
    for (const s of doc.sentences) {
      const first = s.words.find((w) => w.kind === "word");
      for (const w of s.words) {
        if (w.kind !== "word" || w.elided) continue;
        const v = verdictOf(w.text, lang);
        if (v === Verdict.Skip || v === Verdict.Known || (v === Verdict.UnknownAtSentenceStart && w !== first)) continue;
        if (accepted.has(w.lower)) continue;
        // Inclusive writing: « chef·fe·s », « étudiant·e·s » (the endings after the middle dot).
        if (s.block.text[w.start - 1] === "·") continue;
        // Parts of a domain name written without a scheme ("pic.twitter.com").
        if (/[\p{L}\p{N}]\.$/u.test(s.block.text.slice(Math.max(0, w.start - 2), w.start)) || /^\.[\p{L}]/u.test(s.block.text.slice(w.end, w.end + 2))) continue;
        // A compound whose unknown parts are in the vocabulary.
        if (/[-‑]/.test(w.text) && w.text.split(/[-‑]/).every((p) => p.length === 0 || isKnown(p, lang) || accepted.has(p.toLowerCase()))) continue;
        ctx.report({
          range: w.range,
          message: ctx.t({ fr: `Mot inconnu : « ${w.text} ».`, en: `Unknown word: "${w.text}".` }),
          // Suggestions cost lookups: the first few unknown words of a post get them.
          suggestions: suggested++ < MAX_SUGGESTED ? dictionary(lang).suggest(w.text, 3) : [],
        });
      }
    }
  },
};

const enum Shape {
  Skip,
  Check,
  /** Capitalised: a proper noun inside a sentence, checked only as a sentence's first word. */
  AtSentenceStart,
}

/** What the rule thinks of a word wherever it stands, but for the capital that only a sentence's first word may have. */
const enum Verdict {
  Skip,
  Known,
  Unknown,
  /** Capitalised and unknown: a proper noun inside a sentence, reported only as a sentence's first word. */
  UnknownAtSentenceStart,
}

// Per process: a word's shape and its dictionary verdict never change, and most words of a post
// are words already seen (in this post or the previous ones). One lookup per word.
const VERDICTS: Record<"fr" | "en", Map<string, Verdict>> = { fr: new Map(), en: new Map() };
const CACHE_LIMIT = 50_000;

function verdictOf(text: string, lang: "fr" | "en"): Verdict {
  const cache = VERDICTS[lang];
  let v = cache.get(text);
  if (v === undefined) {
    const shape = computeShape(text);
    v = shape === Shape.Skip ? Verdict.Skip : knownInDictionary(text, lang) ? Verdict.Known : shape === Shape.AtSentenceStart ? Verdict.UnknownAtSentenceStart : Verdict.Unknown;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, v);
  }
  return v;
}

function computeShape(text: string): Shape {
  // Past 40 letters a "word" is a code, a hash or keyboard noise, not something a dictionary can judge.
  if (text.length < 2 || text.length > 40) return Shape.Skip;
  if (HAS_DIGIT.test(text) || text.includes("_")) return Shape.Skip;
  if (text === text.toUpperCase()) return Shape.Skip;
  // camelCase marks a product name.
  if (/\p{Ll}\p{Lu}/u.test(text)) return Shape.Skip;
  // A capital inside a sentence marks a proper noun.
  return UPPER_START.test(text) ? Shape.AtSentenceStart : Shape.Check;
}

/** In the dictionary as written, or as a spelling variant the dictionary does not list. */
function knownInDictionary(text: string, lang: "fr" | "en"): boolean {
  return (
      isKnown(text, lang) ||
      // Typographic ligatures (« reﬂétant », "ﬁnd") are letters pairs.
      (LIGATURES.test(text) && isKnown(text.normalize("NFKC"), lang)) ||
      // The 1990 spelling reform drops some circumflexes (« connaitre », « aout », « ile »): both are correct.
      (lang === "fr" && reformVariants(text).some((v) => isKnown(v, "fr"))) ||
      // The English dictionary is American: accept the British spelling of a known word.
      (lang === "en" && britishVariants(text).some((v) => isKnown(v, "en"))) ||
      // Compounds: "well-known", « peut-être », « Saint-Malo »: each part may be known.
      (/[-‑]/.test(text) && text.split(/[-‑]/).every((p) => p.length === 0 || isKnown(p, lang)))
  );
}

/** "recognised" → "recognized", "colour" → "color", "centre" → "center", "travelled" → "traveled". */
export function britishVariants(word: string): string[] {
  const out: string[] = [];
  if (/is(e|ed|es|ing|ation|ations|er|ers)$/.test(word)) out.push(word.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1"));
  if (/our(s|ed|ing|ful|ite|ites)?$/.test(word)) out.push(word.replace(/our(s|ed|ing|ful|ite|ites)?$/, "or$1"));
  if (/tre(s)?$/.test(word)) out.push(word.replace(/tre(s)?$/, "ter$1"));
  if (/ll(ed|ing|er|ers)$/.test(word)) out.push(word.replace(/ll(ed|ing|er|ers)$/, "l$1"));
  if (/yse(s|d)?$/.test(word)) out.push(word.replace(/yse(s|d)?$/, "yze$1"));
  if (/ogue(s)?$/.test(word)) out.push(word.replace(/ogue(s)?$/, "og$1"));
  return out;
}

/** Words with « î » or « û » written without the circumflex, as the 1990 reform allows. */
export function reformVariants(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length && out.length < 6; i++) {
    if (word[i] === "i") out.push(`${word.slice(0, i)}î${word.slice(i + 1)}`);
    else if (word[i] === "u") out.push(`${word.slice(0, i)}û${word.slice(i + 1)}`);
  }
  return out;
}
