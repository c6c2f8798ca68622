/**
 * Accuracy floors, checked on every CI run: the external sets (Grammalecte in
 * default mode, proselint) and ours, in full (a few seconds). A score under
 * its floor fails the build. The floors are the targets, or where
 * the engine stands when it is above them (see `npm run eval` and
 * docs/accuracy.md): they stop regressions.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  SHARED,
  falseAlarmRate,
  isCorrectnessRule,
  labelPrecision,
  labelRecall,
  recall,
  scoreClean,
  scoreGrammalecte,
  scorePromotion,
  scoreProselint,
  scoreRelevance,
  scoreSpelling,
  scoreGrammar,
  totalFlags,
} from "../../eval/lib.js";

const shared = existsSync(`${SHARED}fr-grammalecte-tests.jsonl`);

describe("accuracy on our labeled sets", () => {
  it("spelling: recall ≥ 90 % in both languages", () => {
    expect(recall(scoreSpelling("fr"))).toBeGreaterThanOrEqual(0.9);
    expect(recall(scoreSpelling("en"))).toBeGreaterThanOrEqual(0.9);
  });
  it("our grammar sets: errors of marketing posts found (FR ≥ 60 %, EN ≥ 80 %), correct sentences pass", () => {
    const fr = scoreGrammar("fr");
    const en = scoreGrammar("en");
    expect(recall(fr)).toBeGreaterThanOrEqual(0.6);
    expect(recall(en)).toBeGreaterThanOrEqual(0.8);
    expect(fr.falseAlarms + en.falseAlarms).toBe(0);
  });
  it("clean professional paragraphs raise no warning or error", () => {
    expect(falseAlarmRate(scoreClean("fr"))).toBe(0);
    expect(falseAlarmRate(scoreClean("en"))).toBe(0);
  });
  it("promotional posts are told from useful ones (precision and recall ≥ 85 %)", () => {
    const s = scorePromotion();
    expect(labelPrecision(s)).toBeGreaterThanOrEqual(0.85);
    expect(labelRecall(s)).toBeGreaterThanOrEqual(0.85);
  });
  it("posts that serve the audience pass relevance, others do not (accuracy ≥ 90 %)", () => {
    const s = scoreRelevance();
    expect(s.correct / s.total).toBeGreaterThanOrEqual(0.9);
  });
});

describe.runIf(shared)("accuracy on external sets (../shared/eval)", () => {
  it("Grammalecte: correctness rules raise false alarms on at most 2 % of clean sentences", () => {
    const s = scoreGrammalecte(1, isCorrectnessRule);
    expect(s).not.toBeNull();
    expect(falseAlarmRate(s!)).toBeLessThanOrEqual(0.02);
    // The target is 25 %; the engine is at 47 %: a drop below 40 % is a regression.
    expect(recall(s!)).toBeGreaterThanOrEqual(0.4);
  });
  it("proselint: false alarms ≤ 5 %, recall ≥ 50 %", () => {
    const p = scoreProselint();
    const t = totalFlags(p!.values());
    expect(t.falseAlarms / t.mustPass).toBeLessThanOrEqual(0.05);
    expect(t.caught / t.mustFlag).toBeGreaterThanOrEqual(0.5);
  });
});
