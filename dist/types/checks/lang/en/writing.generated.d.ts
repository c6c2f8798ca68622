import type { Data as WritingData } from "../schemas/writing.js";
export declare const data: WritingData;
