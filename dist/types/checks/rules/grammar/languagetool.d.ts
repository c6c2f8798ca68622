import type { Rule } from "../../rule.js";
/**
 * The id under which a LanguageTool server's matches are reported. The rule
 * itself checks nothing: `reviewAsync` calls the server (I/O stays out of the
 * synchronous engine) and passes its matches in as external findings.
 */
export declare const rule: Rule;
