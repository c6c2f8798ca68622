import type { Rule } from "../../rule.js";
/**
 * The attribute after « être », « sembler », « devenir »… agrees with the
 * subject: « il est fragiles » → « fragile », « elle est parti » → « partie »,
 * « ils sont content » → « contents », « Antoine n'est pas mariés » →
 * « marié », « elles doivent être fâché » → « fâchées ».
 */
export declare const rule: Rule;
