import type { Rule } from "../../rule.js";
import { data } from "../../lang/fr/homophones.generated.js";
import { compileExpressions, reportExpressions } from "../../util/fr-expressions.js";

const EXPRESSIONS = compileExpressions(data.etEst);

/**
 * « et » for « est » and the reverse where the neighbours leave one reading:
 * « entre Patrick est Marcia » (et), « ce chien et malade » (est). The patterns
 * are data in `lang/fr/homophones.yml` (`etEst`).
 */
export const rule: Rule = {
  id: "grammar/fr-et-est",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« et » et « est » confondus : « entre Patrick est Marcia », « des moules est des frites », « ce chien et malade », « où et l'homme ? ».",
  explanation:
    "« et » joins two words or clauses; « est » is the verb être. « est » is reported where a conjunction is needed: between two names after « entre » (« entre Patrick est Marcia »), between two plural groups (« des moules est des frites »: a plural subject never takes « est »), and between two names or infinitives followed by a plural verb (« Paulette est Pierrette sont… », « Manger est dormir demeurent… »). « et » is reported where a verb is needed: after « où » at the start of a question before a determiner (« où et l'homme ? »), and in a clause that is only a subject, « et » and an adjective or participle (« ce chien et malade. », « Pauline et fatiguée. »). Subject pronouns before « et » are left to grammar/fr-verb-homophones.",
  check(doc, ctx) {
    reportExpressions(doc, ctx, EXPRESSIONS);
  },
};
