import { rule } from "./fr-attribute-agreement.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "fr", text: "Il est fragile. Elle est partie. Ils sont contents. Elles sont prêtes. Je suis heureux." },
    { lang: "fr", text: "Elle s'est rendu compte de tout. Pierre et elle étaient fiancés. Ils sont bien sûr ressortis. Il a été mis à l'amende." },
    { lang: "fr", text: "Ils sont plus nombreux ; elle est tout feu ; ils sont légion." },
    // « on », « vous », words the same in both numbers, nouns as attributes, colours with a complement.
    { lang: "fr", text: "On est contents. Vous êtes prêt, monsieur ? Antoine est heureux. Ils sont gris. Ils sont médecins. Les emmerdements sont pléthore." },
    { lang: "fr", text: "Ses cheveux étaient noir de jais. Les pierres sont marron et grises. Ils étaient devenus réalité. Nous sommes amical·e·s." },
    // The infinitive's subject is « que », an object pronoun, or the verb is impersonal.
    { lang: "fr", text: "Les travaux que Jeanne pense être achevés n'ont pas commencé. Je les crois être prêts. Il faut être prudents." },
    // Pronominal verbs whose pronoun is an indirect object, « se faire » before an infinitive, an author's « nous ».
    { lang: "fr", text: "Elles se sont parlé. Elles se sont lavé les mains. Ils se sont succédé. Elle s'est fait avoir. Nous nous sommes attaché à le démontrer." },
    { lang: "fr", text: "Ceux habitant ici. Celle consistant à réaliser un diagnostic. Ceux présents. Celles concernées. Celui-ci est prêt." },
    { lang: "fr", text: "C'est donc seules que les deux femmes sont venues. Ceux et celles qui étaient présents. Ils sont fin prêts." },
  ],
  invalid: [
    { lang: "fr", text: "Je suis contents.", findings: [{ actual: "contents", message: "Accord : « Je … contents » → « content »." }], output: "Je suis content." },
    { lang: "fr", text: "Elle est prêt à partir.", findings: [{ actual: "prêt" }], output: "Elle est prête à partir." },
    { lang: "fr", text: "Elle n'est pas petits.", findings: [{ actual: "petits" }], output: "Elle n'est pas petite." },
    { lang: "fr", text: "Ils sont parti hier.", findings: [{ actual: "parti" }], output: "Ils sont partis hier." },
    { lang: "fr", text: "Elles sont affamé.", findings: [{ actual: "affamé" }], output: "Elles sont affamées." },
    { lang: "fr", text: "Ils sont la, enfin.", findings: [{ actual: "la", message: "« la » → « là » (adverbe de lieu)." }], output: "Ils sont là, enfin." },
    // The verb's number for any subject; the pronoun's gender.
    { lang: "fr", text: "Antoine n'est pas mariés.", findings: [{ actual: "mariés", message: "Accord : « est … mariés » → « marié »." }], output: "Antoine n'est pas marié." },
    { lang: "fr", text: "Celles-là sont folle.", findings: [{ actual: "folle" }], output: "Celles-là sont folles." },
    { lang: "fr", text: "Laquelle n'était pas contrarié.", findings: [{ actual: "contrarié" }], output: "Laquelle n'était pas contrariée." },
    // Chains: modal + être, « de » + être, « a été », « semble susceptible d'être », « censé être ».
    { lang: "fr", text: "Elles doivent être fâché.", findings: [{ actual: "fâché" }], output: "Elles doivent être fâchées." },
    { lang: "fr", text: "J'y semble être perdus.", findings: [{ actual: "perdus" }], output: "J'y semble être perdu." },
    { lang: "fr", text: "Il s'efforçait d'être humbles.", findings: [{ actual: "humbles" }], output: "Il s'efforçait d'être humble." },
    { lang: "fr", text: "Ces hommes qui n'y semblent pas avoir été élégant.", findings: [{ actual: "élégant" }], output: "Ces hommes qui n'y semblent pas avoir été élégants." },
    { lang: "fr", text: "Il est susceptible d'être convoquée.", findings: [{ actual: "convoquée" }], output: "Il est susceptible d'être convoqué." },
    { lang: "fr", text: "Un homme censé être connus de tous.", findings: [{ actual: "connus" }], output: "Un homme censé être connu de tous." },
    // Pronominal linking verbs, coordinated attributes, attributes before an inverted verb.
    { lang: "fr", text: "Elles se croient meilleurs.", findings: [{ actual: "meilleurs" }], output: "Elles se croient meilleures." },
    { lang: "fr", text: "Ils se montrent exigeantes.", findings: [{ actual: "exigeantes" }], output: "Ils se montrent exigeants." },
    { lang: "fr", text: "Elle est belle et intelligent.", findings: [{ actual: "intelligent" }], output: "Elle est belle et intelligente." },
    { lang: "fr", text: "Si fragiles sois-tu, tu tiendras.", findings: [{ actual: "fragiles" }], output: "Si fragile sois-tu, tu tiendras." },
    { lang: "fr", text: "Ceux envoyé là-bas tomberont.", findings: [{ actual: "envoyé" }], output: "Ceux envoyés là-bas tomberont." },
    // Participles of pronominal verbs.
    { lang: "fr", text: "Elle s'y était préparé.", findings: [{ actual: "préparé" }], output: "Elle s'y était préparée." },
    { lang: "fr", text: "Elles se sont rendues compte de tout.", findings: [{ actual: "rendues" }], output: "Elles se sont rendu compte de tout." },
    { lang: "fr", text: "Ils se sont faits rouler.", findings: [{ actual: "faits" }], output: "Ils se sont fait rouler." },
  ],
});
