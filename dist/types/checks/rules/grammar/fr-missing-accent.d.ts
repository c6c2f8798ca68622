import type { Rule } from "../../rule.js";
/** Accented words written without their accent where the unaccented word cannot fit: « dû », « là ». */
export declare const rule: Rule;
