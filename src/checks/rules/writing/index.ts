import type { Family } from "../../rule.js";
import type { WritingResult } from "../../report-types.js";
import { spellingRules } from "../spelling/index.js";
import { grammarRules } from "../grammar/index.js";
import { typographyRules } from "../typography/index.js";
import { rule as readabilityRule, docReadability, wordCount } from "./readability.js";
import { rule as longSentence } from "./long-sentence.js";
import { rule as longParagraph } from "./long-paragraph.js";
import { rule as wordy } from "./wordy.js";
import { rule as pleonasm } from "./pleonasm.js";
import { rule as buzzword } from "./buzzword.js";
import { rule as cliche } from "./cliche.js";
import { rule as hedging } from "./hedging.js";
import { rule as selfStyledExpert } from "./self-styled-expert.js";
import { rule as passiveVoice } from "./passive-voice.js";
import { rule as repeatedWord } from "./repeated-word.js";
import { rule as duplicateText } from "./duplicate-text.js";
import { rule as shouting } from "./shouting.js";
import { rule as exclamation } from "./exclamation.js";
import { rule as artifact } from "./artifact.js";

const PENALTY = { error: 8, warning: 3, info: 0.5 } as const;

/**
 * Score: readability (mapped so that 60+ is full marks) weighs 40 %, the
 * density of findings per 100 words 60 % (an error costs 8 points per 100
 * words, a warning 3, an info 0.5). Posts too short for readability are
 * scored on findings alone.
 */
export const writing: Family<WritingResult> = {
  name: "writing",
  rules: [
    readabilityRule,
    longSentence,
    longParagraph,
    wordy,
    pleonasm,
    buzzword,
    cliche,
    hedging,
    selfStyledExpert,
    passiveVoice,
    repeatedWord,
    duplicateText,
    shouting,
    exclamation,
    artifact,
    ...spellingRules,
    ...grammarRules,
    ...typographyRules,
  ],
  result(doc, ctx, findings) {
    const words = wordCount(doc, ctx);
    const sentences = doc.sentences.length;
    const r = docReadability(doc, ctx);
    const per100 = findings.filter((f) => !f.ruleId.startsWith("document/")).reduce((a, f) => a + PENALTY[f.severity], 0) / Math.max(1, words / 100);
    const findingScore = Math.max(0, 100 - per100 * 5);
    const readScore = r && words >= 30 ? Math.max(0, Math.min(100, (r.score / 60) * 100)) : null;
    const score = Math.round(readScore === null ? findingScore : 0.4 * readScore + 0.6 * findingScore);
    return {
      score,
      passed: score >= 60 && !findings.some((f) => f.severity === "error"),
      findings: findings.length,
      readability: { formula: r?.formula ?? null, score: r ? Math.round(r.score) : null },
      words,
      sentences,
      avgSentenceLength: sentences ? Math.round((words / sentences) * 10) / 10 : 0,
    };
  },
};
