import type { Rule } from "../../rule.js";
import { rule as aAn } from "./a-an.js";
import { rule as frPluralSubjectVerb } from "./fr-plural-subject-verb.js";
import { rule as languagetool } from "./languagetool.js";
import { rule as frAAccent } from "./fr-a-accent.js";
import { rule as frCeSe } from "./fr-ce-se.js";
import { rule as frOuAccent } from "./fr-ou-accent.js";
import { rule as frVerbHomophones } from "./fr-verb-homophones.js";
import { rule as frSaCa } from "./fr-sa-ca.js";
import { rule as frPossessiveVowel } from "./fr-possessive-vowel.js";
import { rule as frPeuPeut } from "./fr-peu-peut.js";
import { rule as frQuelle } from "./fr-quelle.js";
import { rule as frQuandQuant } from "./fr-quand-quant.js";
import { rule as frMissingAccent } from "./fr-missing-accent.js";
import { rule as frCest } from "./fr-cest.js";
import { rule as frSoiSoit } from "./fr-soi-soit.js";
import { rule as frSonSont } from "./fr-son-sont.js";

export const grammarRules: readonly Rule[] = [aAn, frPluralSubjectVerb, frAAccent, frOuAccent, frCeSe, frVerbHomophones, frSaCa, frPossessiveVowel, frPeuPeut, frQuelle, frQuandQuant, frMissingAccent, frCest, frSoiSoit, frSonSont, languagetool];
