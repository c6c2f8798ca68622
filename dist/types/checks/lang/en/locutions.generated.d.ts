import type { Data as LocutionsData } from "../schemas/locutions.js";
export declare const data: LocutionsData;
