import type { Rule } from "../../rule.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

const WORD_PART = /[\p{L}'’-]/u;

/**
 * « ils / elles » + (ne) + object pronouns + a verb in the singular. A verb
 * whose third person plural would end in -nt cannot end in -e after « ils »
 * (« ils écoute », « elles ne t'écoute pas »); few French words after « ils »
 * and its clitics end in -e other than verbs, and those are listed.
 */
const PATTERN =
  /(ils|elles)\s+(?:ne\s+|n['’])?(?:(?:me|te|se|le|la|les|lui|leur|nous|vous|y|en)\s+|[mtsl]['’]|y\s+|en\s+)*(\p{Ll}+e)(?![\p{L}'’-])/giu;
const NOT_VERBS = new Set(["même", "mêmes", "seule", "seules", "toute", "toutes", "presque", "quelque", "comme", "entre", "contre", "encore", "ensemble", "que", "ne", "se", "le", "me", "te", "une", "autre", "puisque", "lorsque", "aussitôt", "sauve"]);

export const rule: Rule = {
  id: "grammar/fr-plural-subject-verb",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« ils/elles » suivi d'un verbe au singulier (« elles ne t'écoute pas »).",
  explanation:
    "After « ils » or « elles » the verb takes the third person plural (« ils écoutent », « elles ne t'écoutent pas »). The rule looks for « ils/elles », an optional « ne » and object pronouns, then a word ending in -e that is not one of the few non-verbs that can follow (« ils même », « elles seules »). The suggestion adds -nt.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      forEachMatchAfterBoundary(PATTERN, b.text, WORD_PART, (m) => {
        const verb = m[2] as string;
        if (NOT_VERBS.has(verb.toLowerCase()) || verb.length < 3) return;
        const end = m.index + m[0].length;
        const range = b.toSource(end - verb.length, end);
        ctx.report({
          range,
          message: `Accord : « ${m[1]} … ${verb} » — le verbe doit être au pluriel (« ${verb}nt »).`,
          suggestions: [`${verb}nt`],
          fix: { range, text: `${verb}nt` },
        });
      });
    }
  },
};
