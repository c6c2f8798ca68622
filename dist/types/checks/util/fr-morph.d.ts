/**
 * Word classes of French words, read from how Grammalecte's Hunspell
 * dictionary forms them: its flags name conjugation tables for verbs (`a0`
 * first group, `f0` second group…, lower case), participle endings (`p+`,
 * `p.`, `q+`, `q.`) and inflection classes for nouns and adjectives (`S.`
 * plural in -s, `F.` feminine -e and plural, `W.` -eux/-euse, `X.` plural in
 * -x…, upper case). A form can belong to several classes (« président » is a
 * noun and « ils président » a verb); rules ask for one class and not the others.
 */
export interface WordClass {
    /** A conjugated verb form (not the infinitive, not a participle). */
    finite: boolean;
    infinitive: boolean;
    participle: boolean;
    /** A noun or an adjective (any form). */
    nominal: boolean;
    /** A noun or adjective of a class with a feminine (`F.`, `W.`…): mostly adjectives. */
    gendered: boolean;
    /** The word is a dictionary entry itself: for a noun, its singular (« temps », « bras » are entries). */
    entry: boolean;
    /** Roots of its noun or adjective forms. */
    nominalRoots: string[];
    /** Roots of its verb forms. */
    verbRoots: string[];
}
export declare function classOf(word: string): WordClass;
/**
 * A first-group past participle form (« envoyé », « tuées »): Hunspell gives other verbs' participles
 * their own flags, but these come out of the conjugation table, so `classOf` files them as finite forms.
 */
export declare function isFirstGroupParticiple(word: string, c?: WordClass): boolean;
