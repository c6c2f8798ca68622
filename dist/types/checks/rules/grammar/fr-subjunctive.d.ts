import type { Rule } from "../../rule.js";
/**
 * An indicative verb (or passé simple) where French requires the subjunctive:
 * after « il faut que », « bien que », « afin que », « pour que », « sans que »,
 * « je veux que », « je doute que », « il est possible que »…; and a subjunctive
 * where it requires the indicative (« dès que », « lorsque », « après que »).
 */
export declare const rule: Rule;
