import type { Data as GrammarData } from "../schemas/grammar.js";
export declare const data: GrammarData;
