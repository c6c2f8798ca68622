import type { Rule } from "../../rule.js";
/**
 * A singular determiner before a noun in the plural: « le chats », « une
 * maisons », « ce livres ». The noun's number comes from the dictionary: a
 * plural form is derived from its entry (« chats » from « chat »), while
 * words that are the same in both numbers are entries themselves (« le
 * temps », « un pays ») and are left alone.
 */
export declare const rule: Rule;
