import type { Data as GenderData } from "../schemas/gender.js";
export declare const data: GenderData;
