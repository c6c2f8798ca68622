import type { Rule } from "../../rule.js";
/**
 * English words confused with a homophone, in contexts where only one reading
 * fits: « your going » → « you're », « its been » → « it's », « their are » →
 * « there », « more then » → « than », « could of » → « could have ».
 */
export declare const rule: Rule;
