import type { Data as ConfusionsData } from "../schemas/confusions.js";
export declare const data: ConfusionsData;
