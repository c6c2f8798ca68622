import type { Rule } from "../../rule.js";
/** Compounds and locutions whose hyphens are missing (« arc en ciel », « vingt trois ») or spurious (« tout-à-fait »). */
export declare const rule: Rule;
