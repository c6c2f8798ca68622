import type { Rule } from "../../rule.js";
import type { Word } from "../../document/model.js";
import { data } from "../../lang/en/confusions.generated.js";
import { key, withCaseOf } from "../../util/fr-verbs.js";

type Entry = (typeof data.confusions)[number];
/** Entries by their wrong word: one map lookup per word of the text. */
const BY_WRONG = new Map<string, Array<Entry & { beforeSet: ReadonlySet<string>; afterSet: ReadonlySet<string>; unless: ReadonlySet<string> }>>();
for (const e of data.confusions) {
  const list = BY_WRONG.get(e.wrong) ?? [];
  list.push({ ...e, beforeSet: new Set(e.before), afterSet: new Set(e.after), unless: new Set(e.unlessBefore) });
  BY_WRONG.set(e.wrong, list);
}
const CLAUSE_END = /^\s*(?:[.,;:!?)]|$)/u;

/**
 * English words confused with a homophone, in contexts where only one reading
 * fits: « your going » → « you're », « its been » → « it's », « their are » →
 * « there », « more then » → « than », « could of » → « could have ».
 */
export const rule: Rule = {
  id: "grammar/en-confusions",
  group: "writing",
  lang: "en",
  severity: "warning",
  summary: "your/you're, its/it's, their/there/they're, then/than, \"could of\": the homophone that does not fit its neighbours.",
  explanation:
    "Spell checkers pass these words because each one exists; the neighbour tells which one is meant: \"you're\" (you are) before a verb in -ing or an adjective (\"your going\"), \"it's\" (it is, it has) before \"been\", \"not\", an article (\"its a great day\"), \"there\" before \"is, are, was\", \"they're\" before \"going, ready, not\", \"its/their own\", \"than\" after a comparative (\"better then\"), \"then\" after \"and, since, back, until\", \"have\" after \"could, should, would, must, might\" (\"could of\"). The contexts are in `lang/en/confusions.yml`.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const words = s.words;
      for (let i = 0; i < words.length; i++) {
        const w = words[i] as Word;
        const entries = BY_WRONG.get(key(w));
        if (!entries) continue;
        const next = words[i + 1];
        const prev = words[i - 1];
        const nextKey = next && /^\s+$/u.test(s.block.text.slice(w.end, next.start)) ? key(next) : null;
        const prevKey = prev && /^\s+$/u.test(s.block.text.slice(prev.end, w.start)) ? key(prev) : null;
        for (const e of entries) {
          if (nextKey !== null && e.unless.has(nextKey)) continue;
          const before = nextKey !== null && e.beforeSet.has(nextKey) && (!e.atEnd || CLAUSE_END.test(s.block.text.slice((next as Word).end)));
          const after = prevKey !== null && e.afterSet.has(prevKey);
          if (!before && !after) continue;
          const right = withCaseOf(w.text, e.right);
          ctx.report({
            range: w.range,
            message: `"${w.text}" → "${right}" (${e.why}).`,
            suggestions: [right],
            fix: { range: w.range, text: right },
          });
          break;
        }
      }
    }
  },
};
