import { rule } from "./duplicate-text.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

const P_EN = "Know who you are writing for before you plan another month of posts.";
const P_FR = "Avant de planifier vos publications du mois, notez qui doit les lire vraiment.";

testRule(rule, {
  valid: [
    { lang: "en", text: `${P_EN}\nThank you.\nThank you.` },
    { lang: "fr", text: `${P_FR}\nUne autre idée, différente de la première, pour votre public.` },
  ],
  invalid: [
    { lang: "en", text: `${P_EN}\nSomething else.\n${P_EN}`, findings: [{ line: 3, message: "Duplicated paragraph (already at line 1)." }] },
    { lang: "fr", text: `Intro. ${P_FR}\nAutre chose. ${P_FR}`, findings: [{ line: 2, column: 14, message: "Phrase en double (déjà ligne 1)." }] },
    // The same words, split into sentences differently, with other case, accents and punctuation: one paragraph twice.
    {
      lang: "fr",
      text: "Notre équipe publie chaque semaine. Elle écrit pour vous, 1 000 lecteurs fidèles.\nNOTRE EQUIPE PUBLIE CHAQUE SEMAINE, elle écrit pour vous : 1 000 lecteurs fideles !",
      findings: [{ line: 2, message: "Paragraphe en double (déjà ligne 1)." }],
    },
  ],
});
