import type { Rule } from "../rule.js";

/** Rules about the document itself rather than its prose; ids under `document/`. */
export const unsupportedLanguage: Rule = {
  id: "document/unsupported-language",
  group: "writing",
  lang: "any",
  severity: "info",
  summary: "The post is neither French nor English: only language-independent checks ran.",
  explanation:
    "postlint has lexicons, readability formulas and typography rules for French and English. When the language of a post cannot be determined as one of them (another language, or too little text to tell), only the checks that do not depend on a language run (channel limits, links, hashtags, repeated posts, artifacts). Set `language:` in the config, `lang:` in the front matter or `--lang` to force one.",
  enabled: (ctx) => ctx.lang === "und",
  check(doc, ctx) {
    if (doc.words.length < 3) return;
    const first = doc.blocks[0];
    ctx.report({
      range: first ? [first.range[0], first.range[0]] : [0, 0],
      message: "Language not recognised as French or English: only language-independent checks ran.",
    });
  },
};

export const sourceProblem: Rule = {
  id: "document/source-problem",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "The source could not be read as intended (front matter or MDX syntax).",
  explanation:
    "Invalid YAML front matter is ignored (so its `lang`, `audience` or `sponsored` do not apply) and invalid MDX is read as plain Markdown. Fix the syntax so that the post is reviewed with its own settings.",
  check(doc, ctx) {
    for (const p of doc.problems) ctx.report({ range: p.range, message: p.message });
  },
};

export const emptyDocument: Rule = {
  id: "document/empty",
  group: "writing",
  lang: "any",
  severity: "info",
  summary: "The post has no prose to review.",
  explanation: "The file is empty, or holds only front matter, code or markup. Nothing was reviewed.",
  check(doc, ctx) {
    if (doc.words.length === 0) ctx.report({ range: [0, 0], message: ctx.t({ fr: "Aucun texte à relire.", en: "No prose to review." }) });
  },
};

export const engineRules: readonly Rule[] = [unsupportedLanguage, sourceProblem, emptyDocument];
