import { rule } from "./missing.js";
import { testRule } from "../../../../tests/helpers/test-rule.js";

testRule(rule, {
  valid: [
    { lang: "en", text: "Three books that changed how I plan content. https://example.com/books" },
    { lang: "en", text: "#ad Three books I love, with my affiliate links: https://amzn.to/3xYz" },
    { lang: "fr", text: "Collaboration commerciale avec Maison X. Voici ma sélection : https://www.amazon.fr/dp/B0?tag=monsite-21" },
    { lang: "fr", format: "markdown", text: "---\nsponsored: true\n---\nPublicité — Trois outils pour planifier vos publications." },
  ],
  invalid: [
    { lang: "en", text: "Three books I love: https://amzn.to/3xYz", findings: [{ actual: "https://amzn.to/3xYz", message: 'Undisclosed advertising (1 affiliate link(s)): add "#ad" or "Paid partnership" at the start.' }] },
    { lang: "fr", text: "Mes outils préférés #sp https://exemple.fr/outil?ref=moi", findings: [{ message: /^Publicité non signalée \(1 affiliate link\(s\)\).*« #sp »/ }] },
    { lang: "fr", format: "markdown", text: "---\nsponsored: true\n---\nTrois outils pour planifier vos publications.", findings: [{ message: /^Publicité non signalée \(sponsored: true\)/ }] },
    {
      lang: "en",
      text: "Planning content is hard. ".repeat(15) + "Sponsored by Acme. https://amzn.to/x",
      findings: [{ severity: "warning", message: "The advertising disclosure comes too late: put it at the start of the post.", actual: "Sponsored" }],
    },
  ],
});
