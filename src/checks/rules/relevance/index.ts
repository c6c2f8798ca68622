import type { Family } from "../../rule.js";
import type { RelevanceResult } from "../../report-types.js";

export const relevance: Family<RelevanceResult> = {
  name: "relevance",
  rules: [],
  result: (_doc, _ctx, findings) => ({
    score: null,
    passed: true,
    skipped: "not implemented yet",
    findings: findings.length,
    matchedTopics: [],
    matchedQuestions: [],
    avoidedTopics: [],
    readerFocus: null,
  }),
};
