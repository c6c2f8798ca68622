import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { isKnown } from "../../spelling/dictionaries.js";
import { ADVERBS, AUXILIARIES, CLITICS, MODALS, PRONOUNS_ONLY, isFirstGroupStem, key, skipWords, withCaseOf } from "../../util/fr-verbs.js";

const INVERTED_ETRE = /^(?:sommes|sont|est|es|êtes|suis|était|étaient|étais|étions|étiez|serait|seraient|sera|seront|serons|serez|fut|furent)(?:-t)?-(nous|vous|ils|elles|il|elle|on|je|tu)$/u;
/** The participle's ending after an inverted pronoun (« sont-elles arrivées »); « vous » may be one person: « é ». */
const AGREEMENT: Record<string, string> = { nous: "és", ils: "és", elles: "ées", elle: "ée", il: "é", on: "é", je: "é", tu: "é", vous: "é" };

const SUBJECTS = new Set(["je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ça", "cela"]);

/**
 * Infinitive and past participle of first-group verbs sound alike (« manger »,
 * « mangé »). After a subject and an auxiliary the participle is needed (« il a
 * mangé »); after a modal verb or « pour », « sans », the infinitive (« il va
 * manger », « pour manger »).
 */
export const rule: Rule = {
  id: "grammar/fr-infinitive-participle",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Infinitif ou participe passé confondus : « il a manger » → « mangé », « il va mangé » → « manger ».",
  explanation:
    "After a subject pronoun and a form of « avoir » or « être » (adverbs such as « pas », « déjà » may stand between), a first-group verb takes its past participle (« il a mangé », « elle est allée »); after a conjugated modal (« peut », « doit », « veut », « va », « faut »…) or « pour », « sans », it takes its infinitive (« il va manger », « pour manger »). The rule reports an -er form where the participle is needed and an -é form where the infinitive is, when the other form is in the dictionary and the stem is a first-group verb (its infinitive and « nous » form exist). Forms ending in -ée, -és, -ées after « pour » and « sans » are left alone: they are often nouns (« sans fumée »).",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i < words.length; i++) {
        const k = key(words[i] as Word);
        // « notre outil a était pensé » → « été », whatever the subject: « avoir » + imperfect of « être » is never right.
        if (AUXILIARIES.has(k)) {
          const next = words[skipWords(words, i + 1, ADVERBS)];
          if (next && /^(?:était|étais|étaient)$/u.test(next.lower)) {
            report(next, withCaseOf(next.text, "été"), "participe passé après l'auxiliaire");
            continue;
          }
        }
        // « Sommes-nous arriver ? », « Sont-ils déjà arriver ? »: « être » inverted, then the participle.
        const inverted = INVERTED_ETRE.exec(k);
        if (inverted) {
          const verb = words[skipWords(words, i + 1, ADVERBS)];
          if (verb && verb.kind === "word" && verb.text === verb.lower && verb.lower.endsWith("er")) {
            const stem = verb.lower.slice(0, -2);
            if (isFirstGroupStem(stem) && isKnown(`${stem}é`, "fr")) {
              const ending = AGREEMENT[inverted[1] as string] ?? "é";
              const right = `${stem}${ending}`;
              if (isKnown(right, "fr")) report(verb, right, "participe passé après « être »");
            }
          }
          continue;
        }
        if (SUBJECTS.has(k)) {
          // subject (ne) (clitics) auxiliary (adverbs) verb-er
          const aux = skipWords(words, i + 1, CLITICS);
          if (aux >= words.length || !AUXILIARIES.has(key(words[aux] as Word))) continue;
          const v = skipWords(words, aux + 1, ADVERBS);
          const verb = words[v];
          if (!verb || verb.kind !== "word") continue;
          if (!verb.lower.endsWith("er")) continue;
          const stem = verb.lower.slice(0, -2);
          if (!isFirstGroupStem(stem) || !isKnown(`${stem}é`, "fr")) continue;
          report(verb, withCaseOf(verb.text, `${stem}é`), "participe passé après l'auxiliaire");
        } else if (MODALS.has(k)) {
          const v = skipWords(words, skipWords(words, i + 1, PRONOUNS_ONLY), ADVERBS);
          const verb = words[v];
          if (!verb || verb.kind !== "word") continue;
          // Only the masculine singular: -ée, -és, -ées after a verb are mostly attributes (« je la préfère salée »).
          const m = /^(.+)é$/u.exec(verb.lower);
          if (!m) continue;
          const stem = m[1] as string;
          if (!isFirstGroupStem(stem)) continue;
          report(verb, withCaseOf(verb.text, `${stem}er`), "infinitif après le verbe conjugué");
        }
      }
    }
    function report(verb: Word, right: string, why: string): void {
      ctx.report({ range: verb.range, message: `« ${verb.text} » → « ${right} » (${why}).`, suggestions: [right], fix: { range: verb.range, text: right } });
    }
  },
};
