import type { Rule } from "../../rule.js";
import { data } from "../../lang/fr/grammar.generated.js";
import { alternation, frPattern, sameCase, scanConfusions, type Confusion } from "../../util/fr-confusion.js";

const REFLEXIVE = alternation(data.reflexiveVerbs);
/** Words starting with a vowel that can follow « ce » (pronoun, or « ce » before a verb or preposition). */
const AFTER_CE = "(?:à|a|au|aux|en|et|est|ou|où|il|ils|elle|elles|on|y|un|une|eux|ainsi|avec|après|avant|entre|envers|environ|auprès|alors|ici|était|étaient|eût|eut|ont|avait|avaient|aurait|aura|allait|irait|ira|aussi|autour|avait|outre)<E>";

const CONFUSIONS: readonly Confusion[] = [
  {
    // « Se sont de grands enfants », « tout se que je fais », « se n'est pas », « se train ».
    pattern: frPattern(
      `(?:^|[.!?…;:«]\\s*|<B>(?:de|à|dans|sur|pour|par|avec|sans|tout|c['’]est|est|sous|chez|vers)\\s+)(?<x>se)\\s+(?:(?:sera|serait|seraient|seront|sont|fut|furent|train|type|chien|jour|soir|matin|moment|livre|genre|monde|pays)<E>(?!-)|qu['’]|que<E>|dont<E>)|<B>(?<x2>se)\\s+n['’](?:est|était|étaient|eût|eut|fut|sera|serait|seront)<E>`,
    ),
    right: (w) => sameCase(w, "ce"),
    why: "déterminant ou pronom démonstratif",
    fix: true,
  },
  {
    // « il ce demande », « ce qui ce passe », « ça finira par ce savoir ».
    pattern: frPattern(`<B>(?:(?:ne|n['’]|ça|cela|il|elle|on|ils|elles|je|tu|qui)\\s+(?<x>ce)\\s+(?:${REFLEXIVE})|(?:par|pour|de|à)\\s+(?<x2>ce)\\s+(?:${REFLEXIVE})(?<=(?:er|ir|re|oir)))<E>`),
    right: (w) => sameCase(w, "se"),
    why: "pronom réfléchi devant un verbe",
    fix: true,
  },
  {
    // « ce animal » → « cet » (a noun starting with a vowel sound).
    pattern: frPattern(`<B>(?<x>ce)\\s+(?!${AFTER_CE})(?=[aeiouéèêâîôœ])\\p{L}+<E>`),
    right: (w, m) => (/\s\p{Lu}/u.test(m[0]) ? null : sameCase(w, "cet")),
    why: "devant un nom commençant par une voyelle",
    fix: true,
  },
];

/** « ce » and « se » confused, and « ce » for « cet ». */
export const rule: Rule = {
  id: "grammar/fr-ce-se",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "« ce » (démonstratif) et « se » (réfléchi) confondus : « il ce demande », « se sont des amis », « ce animal ».",
  explanation:
    "« se » is the reflexive pronoun before a verb (« il se demande »), « ce » the demonstrative (« ce sont », « tout ce que », « ce train »), « cet » its form before a vowel. The rule reports « se » at the start of a sentence or after a preposition when a form of « être », « que » or a common noun follows, « se n'est »; « ce » between a subject pronoun, « ne » or « qui » and a listed pronominal verb (« il ce demande », « ce qui ce passe »); and « ce » before a lower-case word starting with a vowel that is not a pronoun, preposition or verb (« ce animal » → « cet »). Each correction is applied as a fix.",
  check(doc, ctx) {
    scanConfusions(doc, ctx, CONFUSIONS);
  },
};
