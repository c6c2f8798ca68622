import type { Rule } from "../../rule.js";
/** Whether the word is pronounced starting with a vowel sound. */
export declare function vowelSound(word: string): boolean;
export declare const rule: Rule;
