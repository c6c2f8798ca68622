/**
 * The same verb in another person, from the ending of a conjugated form: « tu
 * prend » → « prends », « il finis » → « finit », « je peut » → « peux ». Each
 * person has the endings that another person's form may show, most specific
 * first; a replacement counts only when the dictionary has it as a conjugated
 * form of the same verb (so « il sent » is left alone: « se » is not « sentir »).
 */
export type Person = "je" | "tu" | "il" | "nous" | "vous" | "ils";
/**
 * The form of `verb` (lower case) for `person`, or null when `verb` is not a
 * conjugated verb, already fits, or no form of the same verb has the ending.
 */
export declare function formFor(verb: string, person: Person): string | null;
/** « pris », « mis », « finis », « conclus »: a past participle as well (its feminine is a form of the same verb). */
export declare function mayBeParticiple(word: string): boolean;
/**
 * A noun written for the verb it comes from, after a subject: « je travail » →
 * « travaille », « qui l'emploi » → « emploie », « il maintien » → « maintient »,
 * « je m'en fou » → « fous ». Null when the word is a verb form itself or no
 * close verb form of `person` exists.
 */
export declare function verbForNoun(word: string, person: Person): string | null;
