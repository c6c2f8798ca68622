import type { Rule } from "../../rule.js";
import { rule as aAn } from "./a-an.js";
import { rule as frPluralSubjectVerb } from "./fr-plural-subject-verb.js";
import { rule as languagetool } from "./languagetool.js";
import { rule as frAAccent } from "./fr-a-accent.js";

export const grammarRules: readonly Rule[] = [aAn, frPluralSubjectVerb, frAAccent, languagetool];
