import type { Rule } from "../../rule.js";
import { analyzeDisclosure } from "./analysis.js";

export const rule: Rule = {
  id: "disclosure/missing",
  group: "disclosure",
  lang: "any",
  severity: "error",
  summary: "Sponsored content or affiliate links without a clear advertising disclosure near the start.",
  explanation:
    "A post with affiliate links (amzn.to, `?tag=`, `ref=` …) or marked `sponsored: true` in its front matter must say so clearly and before the reader engages: \"#ad\", \"#sponsored\" or \"Paid partnership\" in English (FTC Endorsement Guides); « Publicité » or « Collaboration commerciale » in French (loi n° 2023-451 on commercial influence). \"#sp\" or \"#spon\" alone is not enough. A disclosure must stand within the first 280 characters of prose.",
  check(doc, ctx) {
    const a = analyzeDisclosure(doc, ctx);
    if (!a.required) return;
    const why = a.reasons.join(", ");
    const suggestions = ctx.lang === "fr" ? ["Publicité", "Collaboration commerciale"] : ["#ad", "Paid partnership"];
    if (!a.marker) {
      const at = a.affiliateLinks[0]?.range ?? doc.blocks[0]?.range ?? [0, 0];
      const weak = a.weak.length > 0 ? ctx.t({ fr: " (« #sp »/« #spon » seuls ne suffisent pas)", en: ' ("#sp"/"#spon" alone is not enough)' }) : "";
      ctx.report({
        range: at,
        message: ctx.t({
          fr: `Publicité non signalée (${why}) : ajoutez « Publicité » ou « Collaboration commerciale » dès le début${weak}.`,
          en: `Undisclosed advertising (${why}): add "#ad" or "Paid partnership" at the start${weak}.`,
        }),
        suggestions,
      });
    } else if (a.marker.prosePosition > a.nearStart) {
      ctx.report({
        range: a.marker.range,
        severity: "warning",
        message: ctx.t({
          fr: "La mention publicitaire arrive trop tard : placez-la dès le début du texte.",
          en: "The advertising disclosure comes too late: put it at the start of the post.",
        }),
        suggestions,
      });
    }
  },
};
