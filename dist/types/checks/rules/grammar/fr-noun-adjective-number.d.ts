import type { Rule } from "../../rule.js";
/**
 * An adjective right after a noun takes the noun's number: « des chats noir »
 * → « noirs », « un chat noirs » → « noir ». Only words of the inflection
 * classes with a feminine (mostly adjectives) are judged; invariable colour
 * nouns (« marron ») and nouns in apposition of one form are left alone.
 */
export declare const rule: Rule;
