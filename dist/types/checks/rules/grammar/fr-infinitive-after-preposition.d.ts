import type { Rule } from "../../rule.js";
/**
 * A first-group verb after a preposition (« de », « à », « pour », « sans »), possibly with object pronouns
 * between (« pour nous chasser », « de les aimer »), or after « ne pas », « ne jamais » (« ne pas aller »), is an
 * infinitive: « pour nous chassez », « de les aimait », « en train de trouvé », « ne jamais mangez » are
 * homophones of « chasser », « aimer », « trouver », « manger ».
 */
export declare const rule: Rule;
