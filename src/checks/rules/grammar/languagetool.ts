import type { Rule } from "../../rule.js";

/**
 * The id under which a LanguageTool server's matches are reported. The rule
 * itself checks nothing: `reviewAsync` calls the server (I/O stays out of the
 * synchronous engine) and passes its matches in as external findings.
 */
export const rule: Rule = {
  id: "grammar/languagetool",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "A match from the LanguageTool server configured under `languagetool` (off unless configured).",
  explanation:
    "When `.postlint.yml` sets `languagetool: { url, level }`, `reviewAsync` (the CLI uses it) sends the post's prose — as LanguageTool's annotated `data`, so markup stays out — to that server and reports its matches, mapped back to the source lines, with its suggested replacements. A server that is down or slower than `timeoutMs` gives one warning and the rest of the review goes on.",
  check() {
    // Findings arrive through ReviewOptions.external.
  },
};
