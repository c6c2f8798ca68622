import { rule } from "./fr-a-accent.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il a mangé à midi. Grâce à vous, il y a du progrès. À partir de demain, elle a le choix." },
    { lang: "fr", text: "Il a à peine commencé ; on a la fois prochaine ; il a à cause de toi perdu." },
    { lang: "fr", text: "Le chat a faim. Cet homme a grand besoin de repos. A priori, tout va bien. Je pars tout à l'heure." },
    { lang: "fr", text: "Ce que je mange a un goût de trop peu. Se préparer a des vertus apaisantes." },
    { lang: "fr", text: "Vous à qui je pense. En à peine une heure, elle a eu raison. Vous examiner a eu des conséquences." },
    { lang: "fr", text: "Mon désir a force de loi. Le témoin a vu la fille. Une société a vendu un terrain. Tout sèche à l'air libre. Une zone à accès restreint. Un souvenir à jamais gravé." },
  ],
  invalid: [
    { lang: "fr", text: "Achète un moule a gaufres et une caisse a outils.", findings: [{ actual: "a", column: 17 }, { actual: "a", column: 41 }], output: "Achète un moule à gaufres et une caisse à outils." },
    { lang: "fr", text: "Ce que j'ai vu, il pense souvent a ces hommes.", findings: [{ actual: "a" }], output: "Ce que j'ai vu, il pense souvent à ces hommes." },
    { lang: "fr", text: "Lui l'à pris par surprise.", findings: [{ actual: "à" }], output: "Lui l'a pris par surprise." },
    { lang: "fr", text: "La petite à peur des cafards.", findings: [{ actual: "à" }], output: "La petite a peur des cafards." },
    { lang: "fr", text: "Cette femme à réellement ouvert la porte.", findings: [{ actual: "à" }], output: "Cette femme a réellement ouvert la porte." },
    { lang: "fr", text: "Tout à l'air fini.", findings: [{ actual: "à" }], output: "Tout a l'air fini." },
    { lang: "fr", text: "Il à mangé trop vite.", findings: [{ actual: "à", message: "« à » → « a » (verbe avoir)." }], output: "Il a mangé trop vite." },
    { lang: "fr", text: "Grâce a vous, il y à du progrès.", findings: [{ actual: "a", column: 7 }, { actual: "à", column: 20 }], output: "Grâce à vous, il y a du progrès." },
    { lang: "fr", text: "A partir de demain, tout change.", findings: [{ actual: "A", message: "« A » → « À » (préposition)." }], output: "À partir de demain, tout change." },
    { lang: "fr", text: "Il me l'à donné hier.", findings: [{ actual: "à", message: "« à » → « a » (verbe avoir)." }], output: "Il me l'a donné hier." },
    { lang: "fr", text: "Cette femme à été élue.", findings: [{ actual: "à" }], output: "Cette femme a été élue." },
    { lang: "fr", text: "Achète une machine a café et une arme a feu.", findings: [{ actual: "a", column: 20 }, { actual: "a", column: 39 }], output: "Achète une machine à café et une arme à feu." },
    { lang: "fr", text: "Il faut mettre a profit ce temps.", findings: [{ actual: "a" }], output: "Il faut mettre à profit ce temps." },
    { lang: "fr", text: "Il pense souvent a sa fille ; que fait-il a cette conférence ?", findings: [{ actual: "a", column: 18 }, { actual: "a", column: 43 }], output: "Il pense souvent à sa fille ; que fait-il à cette conférence ?" },
    { lang: "fr", text: "Il faut parvenir a la fin, par rapport a eux.", findings: [{ actual: "a", column: 18 }, { actual: "a", column: 40 }], output: "Il faut parvenir à la fin, par rapport à eux." },
    { lang: "fr", text: "A bientôt, mon ami.", findings: [{ actual: "A", message: "« A » → « À » (préposition)." }], output: "À bientôt, mon ami." },
  ],
});
