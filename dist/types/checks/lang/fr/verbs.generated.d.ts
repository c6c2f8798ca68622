import type { Data as VerbsData } from "../schemas/verbs.js";
export declare const data: VerbsData;
