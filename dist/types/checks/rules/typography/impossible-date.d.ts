import type { Rule } from "../../rule.js";
/**
 * A date that does not exist: « le 31 avril », « 30 février », « 29 février
 * 2011 », « 32.03.2018 », "February 30". Usually a typo in a post announcing an event.
 */
export declare const rule: Rule;
