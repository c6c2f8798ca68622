import type { Rule } from "../../rule.js";
import { rule as spaceBeforePunctuation } from "./space-before-punctuation.js";
import { rule as spaceBeforeComma } from "./space-before-comma.js";
import { rule as doubleSpace } from "./double-space.js";
import { rule as symbols } from "./symbols.js";
import { rule as datesTimes } from "./dates-times.js";
import { rule as frOrdinals } from "./fr-ordinals.js";
import { rule as frNumbers } from "./fr-numbers.js";
import { rule as frEllipsis } from "./fr-ellipsis.js";
import { rule as bracketSpacing } from "./bracket-spacing.js";
import { rule as punctuationSequence } from "./punctuation-sequence.js";
import { rule as quoteMarks } from "./quote-marks.js";
import { rule as impossibleDate } from "./impossible-date.js";

export const typographyRules: readonly Rule[] = [spaceBeforePunctuation, spaceBeforeComma, doubleSpace, symbols, datesTimes, frOrdinals, frNumbers, frEllipsis, bracketSpacing, punctuationSequence, quoteMarks, impossibleDate];
