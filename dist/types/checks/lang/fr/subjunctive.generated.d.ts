import type { Data as SubjunctiveData } from "../schemas/subjunctive.js";
export declare const data: SubjunctiveData;
