/**
 * `npm run eval`: accuracy of the checks on labeled data, ours (eval/data) and
 * external (../shared/eval, read in place, never copied). Prints recall,
 * false-alarm rate and precision per file, per category and per rule.
 */
import {
  isCorrectnessRule,
  falseAlarmRate,
  labelPrecision,
  labelRecall,
  precision,
  recall,
  scoreClean,
  scoreGrammalecte,
  scorePromotion,
  scoreProselint,
  scoreRelevance,
  scoreSpelling,
  scoreGrammar,
  totalFlags,
  type SpanScore,
} from "./lib.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const started = performance.now();

function spanLine(name: string, s: SpanScore): void {
  console.log(
    `${name.padEnd(34)} sentences ${String(s.sentences).padStart(6)}  recall ${pct(recall(s)).padStart(8)} (${s.found}/${s.spans})  false alarms ${pct(falseAlarmRate(s)).padStart(8)} (${s.falseAlarms}/${s.clean})  precision ${pct(precision(s)).padStart(8)}`,
  );
}

function byRule(s: SpanScore): void {
  const rows = [...s.byRule.entries()].sort((a, b) => b[1].tp + b[1].fp - (a[1].tp + a[1].fp));
  for (const [id, r] of rows) console.log(`    ${id.padEnd(40)} hits ${String(r.tp).padStart(5)}  false ${String(r.fp).padStart(5)}  precision ${pct(r.tp / Math.max(1, r.tp + r.fp))}`);
}

console.log("postlint eval\n");
const g = scoreGrammalecte(1, isCorrectnessRule);
const all = scoreGrammalecte();
if (g && all) {
  spanLine("fr-grammalecte: correctness rules", g);
  console.log("  targets: false alarms ≤ 2 %, recall ≥ 25 %");
  byRule(g);
  spanLine("fr-grammalecte: all writing rules", all);
  console.log("  (style rules included: not labeled in this corpus; informative)");
  byRule(all);
} else console.log("fr-grammalecte-tests: ../shared/eval not present, skipped");

const p = scoreProselint();
if (p) {
  const t = totalFlags(p.values());
  console.log(`\nen-proselint-examples                recall ${pct(t.caught / t.mustFlag)} (${t.caught}/${t.mustFlag})  false alarms ${pct(t.falseAlarms / Math.max(1, t.mustPass))} (${t.falseAlarms}/${t.mustPass})`);
  console.log("  targets: false alarms ≤ 5 %, recall ≥ 50 %");
  for (const [cat, s] of [...p.entries()].sort()) console.log(`    ${cat.padEnd(24)} caught ${s.caught}/${s.mustFlag}  false alarms ${s.falseAlarms}/${s.mustPass}`);
} else console.log("en-proselint-examples: ../shared/eval not present, skipped");

console.log("\nProject sets (eval/data)");
for (const lang of ["fr", "en"] as const) {
  const s = scoreSpelling(lang);
  spanLine(`spelling-${lang} (target recall ≥ 90 %)`, s);
}
for (const lang of ["fr", "en"] as const) {
  const s = scoreGrammar(lang);
  spanLine(`grammar-${lang} (ours)`, s);
  byRule(s);
}
for (const lang of ["fr", "en"] as const) spanLine(`clean-${lang} (must raise nothing)`, scoreClean(lang));
const promo = scorePromotion();
console.log(`${"promotion (promotional or not)".padEnd(34)} posts ${promo.total}  accuracy ${pct(promo.correct / promo.total)}  precision ${pct(labelPrecision(promo))}  recall ${pct(labelRecall(promo))}`);
const rel = scoreRelevance();
console.log(`${"relevance (serves the audience)".padEnd(34)} posts ${rel.total}  accuracy ${pct(rel.correct / rel.total)}  precision ${pct(labelPrecision(rel))}  recall ${pct(labelRecall(rel))}`);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
