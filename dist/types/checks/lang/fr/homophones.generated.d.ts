import type { Data as HomophonesData } from "../schemas/homophones.js";
export declare const data: HomophonesData;
