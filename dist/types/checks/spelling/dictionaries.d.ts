import type { Lang } from "../types.js";
import { type Dictionary } from "./hunspell.js";
/** The dictionary of a language, parsed on first use (tens of milliseconds) and kept. */
export declare function dictionary(lang: Lang): Dictionary;
export declare function isKnown(word: string, lang: Lang): boolean;
/**
 * Parses the dictionaries now. A Worker calls this at start-up (where 1 s is
 * allowed) so that no request pays for it (10 ms CPU on the free plan).
 */
export declare function preloadLanguageData(langs?: readonly Lang[]): void;
