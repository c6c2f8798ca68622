import type { Rule, RuleContext } from "../../rule.js";
import type { Sentence, Word } from "../../document/model.js";
import { data } from "../../lang/fr/verbs.generated.js";
import { classOf } from "../../util/fr-morph.js";
import { adjacent, determiners } from "../../util/fr-nominal-group.js";
import { CLITICS, key, skipWords, withCaseOf } from "../../util/fr-verbs.js";
import { positionsOf, triggers, wordIndex } from "../../util/fr-word-index.js";

const SUBJECTS = new Set(["je", "j'", "tu", "t'", "il", "elle", "on", "iel", "nous", "vous", "ils", "elles", "iels"]);
const ENDING = /r(ais|ait|ions|iez|aient)$/u;
const STEMS = new Map(Object.entries(data.imperfectStems));
/** Verbs of wish whose conditional (« j'aimerais ») is often written as the future (« j'aimerai »). */
const WISH = new Map(Object.entries({ aimerai: "aimerais", voudrai: "voudrais", souhaiterai: "souhaiterais", préférerai: "préférerais", adorerai: "adorerais", désirerai: "désirerais" }));
/** After « j'aurai », these participles make a wish or a regret (« j'aurais aimé », « j'aurais dû »). */
const REGRET = new Set(["aimé", "voulu", "préféré", "souhaité", "adoré", "dû", "pu", "bien"]);
/** A clause of time or condition makes the future right (« quand je voudrai partir »). */
const FUTURE_CLAUSE = new Set(["quand", "lorsque", "lorsqu'", "dès", "aussitôt", "tant", "si", "s'", "une", "après", "sitôt", "demain", "bientôt", "jusqu'à"]);

/** The verb of a conditional form: its infinitive, when the future with the same stem exists (« aurait » → « auront »). */
function conditionalRoot(v: string): { root: string; ending: string } | null {
  const m = ENDING.exec(v);
  if (!m) return null;
  const stem = v.slice(0, v.length - (m[1] as string).length);
  const c = classOf(v);
  const future = classOf(`${stem}ont`);
  if (!c.finite || !future.finite) return null;
  const root = c.verbRoots.find((r) => future.verbRoots.includes(r));
  return root ? { root, ending: m[1] as string } : null;
}

/** The imperfect of `root` with the ending of the conditional, when the dictionary has it. */
function imperfect(root: string, ending: string): string | null {
  const stems: string[] = [];
  const known = STEMS.get(root);
  if (known) stems.push(known);
  else if (root.endsWith("er")) {
    const s = root.slice(0, -2);
    const soft = ending.startsWith("a") ? (s.endsWith("g") ? `${s}e` : s.endsWith("c") ? `${s.slice(0, -1)}ç` : s) : s;
    stems.push(soft);
  } else if (root.endsWith("ir")) stems.push(`${root.slice(0, -1)}ss`, root.slice(0, -2));
  else if (root.endsWith("re")) stems.push(root.slice(0, -2));
  for (const s of stems) {
    const form = s + ending;
    if (classOf(form).finite && classOf(form).verbRoots.includes(root)) return form;
  }
  return null;
}

/** Index of the verb after the subject that follows « si » at `i`, or -1. */
function verbAfterSubject(s: Sentence, i: number, ctx: RuleContext): number {
  const words = s.words;
  const w = words[i + 1];
  if (!w || w.kind !== "word") return -1;
  if (SUBJECTS.has(key(w))) return skipWords(words, i + 2, CLITICS);
  // « si le patron », « si les femmes »: a determiner and a noun.
  const d = determiners(words, ctx).find((x) => x.index === i + 1);
  const noun = words[i + 2];
  if (d && noun && noun.kind === "word" && adjacent(s.block, w, noun) && classOf(noun.lower).nominal) return skipWords(words, i + 3, CLITICS);
  // « Si Pierre avancerait »: a name.
  if (/^\p{Lu}\p{Ll}+$/u.test(w.text)) return skipWords(words, i + 2, CLITICS);
  return -1;
}

/** « je », « j' »: found through the shared word index. */
const JE = triggers(["je", "j'"]);

/**
 * The conditional does not go after « si » introducing a condition (« Si
 * j'aurais su » → « Si j'avais su ») and a wish is in the conditional, not the
 * future (« J'aimerai savoir » → « J'aimerais savoir »).
 */
export const rule: Rule = {
  id: "grammar/fr-conditional-mood",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Conditionnel après « si » (« Si j'aurais su » → « Si j'avais su ») et futur pour un souhait (« J'aimerai savoir » → « J'aimerais savoir »).",
  explanation:
    "A clause of condition with « si » takes the imperfect, and the main clause the conditional: « Si j'avais su, je serais venu », not « Si j'aurais su ». The rule looks at a sentence that opens with « si » followed by a subject (a pronoun, a determiner and a noun, or a name) and a verb in the conditional (-rais, -rait, -rions, -riez, -raient, when the future of the same verb exists), and suggests the imperfect when the dictionary has it. « si » in the middle of a sentence may ask a question (« je me demande si j'aurais dû ») and is left alone. It also reports « j'aimerai », « je voudrai », « je souhaiterais »… before an infinitive or « que », and « j'aurai » before « aimé, voulu, préféré, dû, pu », where the conditional of a wish or a regret is meant (« j'aimerais savoir », « j'aurais aimé »), unless the sentence has « quand », « lorsque », « dès que »… that make the future right (« quand je voudrai partir »).",
  check(doc, ctx) {
    const index = wordIndex(doc, ctx);
    const jes = positionsOf(doc, ctx, JE);
    let j = 0;
    for (const s of doc.sentences) {
      const words = s.words;
      const first = words[0];
      if (first && (key(first) === "si" || key(first) === "s'")) {
        const at = verbAfterSubject(s, 0, ctx);
        const verb = words[at];
        if (at > 0 && verb && verb.kind === "word") {
          const cond = conditionalRoot(verb.lower);
          if (cond) {
            const right = imperfect(cond.root, cond.ending);
            const fixed = right ? withCaseOf(verb.text, right) : null;
            ctx.report({
              range: verb.range,
              message: `Après « si », l'imparfait et non le conditionnel : « ${verb.text} »${fixed ? ` → « ${fixed} »` : ""}.`,
              suggestions: fixed ? [fixed] : [],
              ...(fixed ? { fix: { range: verb.range, text: fixed } } : {}),
            });
          }
        }
      }
      // The « je » of the sentence come from the shared word index (ascending, so one pointer follows the sentences).
      for (; j < jes.length && (index.sentence[jes[j] as number]?.index ?? -1) <= s.index; j++) {
        if (index.sentence[jes[j] as number] !== s) continue;
        const i = index.inSentence[jes[j] as number] as number;
        const k = (words[i] as Word).lower;
        if (k !== "je" && k !== "j'" && k !== "j’") continue;
        const at = skipWords(words, i + 1, CLITICS);
        const verb = words[at];
        const next = words[at + 1];
        if (!verb || !next || verb.kind !== "word" || next.kind !== "word") continue;
        const v = verb.lower;
        const n = key(next);
        let right: string | null = null;
        if (WISH.has(v) && (n === "que" || n === "qu'" || n === "bien" || classOf(n).infinitive)) right = WISH.get(v) ?? null;
        else if (v === "aurai" && REGRET.has(n)) right = "aurais";
        if (!right) continue;
        if (words.slice(0, i).some((w) => FUTURE_CLAUSE.has(key(w)))) continue;
        const fixed = withCaseOf(verb.text, right);
        ctx.report({
          range: verb.range,
          message: `Souhait ou regret : le conditionnel « ${fixed} », pas le futur « ${verb.text} ».`,
          suggestions: [fixed],
          fix: { range: verb.range, text: fixed },
        });
      }
    }
  },
};
