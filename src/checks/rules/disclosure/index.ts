import type { Family } from "../../rule.js";
import type { DisclosureResult } from "../../report-types.js";
import { analyzeDisclosure } from "./analysis.js";
import { rule as missing } from "./missing.js";

export const disclosure: Family<DisclosureResult> = {
  name: "disclosure",
  rules: [missing],
  result(doc, ctx, findings) {
    const a = analyzeDisclosure(doc, ctx);
    const blocking = findings.filter((f) => f.severity === "error").length;
    const late = findings.filter((f) => f.severity === "warning").length;
    const score = !a.required ? 100 : blocking > 0 ? 0 : late > 0 ? 60 : 100;
    return { score, passed: score >= 60 && blocking === 0, findings: findings.length, required: a.required, disclosed: a.marker !== null, reasons: a.reasons };
  },
};
