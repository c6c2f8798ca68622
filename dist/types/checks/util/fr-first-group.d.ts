import type { Doc, Sentence } from "../document/model.js";
import type { RuleContext } from "../rule.js";
/**
 * Forms of a first-group verb that sound like its infinitive or its past
 * participle (« mangé », « mangée », « mangez », « mangeait », « manger »):
 * the stem and the ending, when the stem makes a first-group verb.
 */
export interface FirstGroupForm {
    stem: string;
    ending: "er" | "é" | "ée" | "és" | "ées" | "ez" | "ait" | "ais" | "aient";
}
export declare function firstGroupForm(lower: string): FirstGroupForm | null;
/** The infinitive of a first-group stem. */
export declare const infinitiveOf: (stem: string) => string;
/** The known past participles of a first-group stem, masculine singular first. */
export declare function participlesOf(stem: string): string[];
/** A word that may govern an infinitive or a participle, found once per review for the three infinitive/participle rules. */
export interface Trigger {
    s: Sentence;
    i: number;
    k: string;
}
/** Which rule looks at which trigger words. */
export type TriggerFor = "preposition" | "verb" | "participle" | "pronoun";
/**
 * Positions of the words that start an infinitive or participle pattern (« de », « pour », « ne », « a », « est »,
 * « peut », « laisse », inverted forms « avait-il »…), taken from the shared word index once per review through
 * `ctx.memo`, one list per rule: each rule then looks only at its own triggers instead of walking every word.
 */
export declare function infinitiveTriggers(doc: Doc, ctx: RuleContext, rule: TriggerFor): readonly Trigger[];
