import type { Family } from "../../rule.js";
import type { RelevanceResult } from "../../report-types.js";
import { analyzeRelevance } from "./analysis.js";
import { rule as offTopic } from "./off-topic.js";
import { rule as avoidTopic } from "./avoid-topic.js";
import { rule as companyFocus } from "./company-focus.js";
import { rule as noAudience } from "./no-audience.js";

export const relevance: Family<RelevanceResult> = {
  name: "relevance",
  rules: [offTopic, avoidTopic, companyFocus, noAudience],
  result(doc, ctx, findings) {
    const a = analyzeRelevance(doc, ctx);
    const base = {
      findings: findings.length,
      matchedTopics: a.topics.filter((m) => m.strength === 1).map((m) => m.phrase),
      matchedQuestions: a.questions.filter((m) => m.strength >= 0.67).map((m) => m.phrase),
      avoidedTopics: a.avoided.map((m) => m.phrase),
      readerFocus: a.readerFocus === null ? null : Math.round(a.readerFocus * 100) / 100,
    };
    if (!a.hasAudience) return { ...base, score: null, passed: true, skipped: "no audience declared" };
    if (ctx.lang === "und") return { ...base, score: null, passed: true, skipped: "language not supported" };
    const score = a.score ?? 0;
    return { ...base, score, passed: score >= ctx.config.thresholds.relevance };
  },
};
