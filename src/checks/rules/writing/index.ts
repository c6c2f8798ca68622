import type { Family } from "../../rule.js";
import type { WritingResult } from "../../report-types.js";
import { spellingRules } from "../spelling/index.js";
import { grammarRules } from "../grammar/index.js";
import { typographyRules } from "../typography/index.js";

export const writing: Family<WritingResult> = {
  name: "writing",
  rules: [...spellingRules, ...grammarRules, ...typographyRules],
  result: (doc, _ctx, findings) => ({
    score: 100,
    passed: true,
    findings: findings.length,
    readability: { formula: null, score: null },
    words: doc.words.length,
    sentences: doc.sentences.length,
    avgSentenceLength: doc.sentences.length ? doc.words.length / doc.sentences.length : 0,
  }),
};
