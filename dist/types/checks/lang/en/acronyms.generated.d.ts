import type { Data as AcronymsData } from "../schemas/acronyms.js";
export declare const data: AcronymsData;
