import { review } from "./engine/review.js";
import type { Lang } from "./types.js";

/**
 * Short posts that reach most rules' code: elisions, homophones, numbers and units, dates, quotes, a
 * hashtag, a mention, a link, a list, an offer, a passive, a long sentence. Their findings are not read.
 */
const SAMPLES: Record<Lang, string> = {
  fr: `# Notre nouvelle offre : -20 % jusqu'à dimanche !

Vous êtes nombreux à nous demander où trouver nos guides. C'est-à-dire ceux que l'équipe a écrits l'an dernier, et qu'elle a été présenter à Lyon le 1er mars 2026 à 9 h 30. Ils ont été publiés par notre agence, qui se trouve au-dessus du café ; ce sont des « fiches pratiques » d'une dizaine de pages, et la plupart des lecteurs les trouvent utiles, même si quelques-unes sont un peu longues pour être lues sur un téléphone dans le métro entre deux rendez-vous importants.

- Profitez du code PROMO20 sur https://exemple.fr/guides avant qu'il soit trop tard.
- Je pense qu'ils devraient être à l'heure ; il y a peu de chances qu'on se trompe. #marketing @equipe

Les chiffres : 12500 abonnés, 3x plus de clics, le XXe siècle et les années 2020.`,
  en: `# Our new offer: 20% off until Sunday!

You asked where to find our guides. They were written last year by the team, who presented them in Boston on March 1, 2026 at 9am; it's a set of "practical sheets" of about ten pages, and most readers find them useful, even if some of them are a bit long to be read on a phone on the subway between two important meetings with their clients.

- Use the code PROMO20 on https://example.com/guides before it is too late.
- I think their going to be on time; there is a a small chance we could of been wrong. #marketing @team

The figures: 12,500 subscribers, 3x more clicks, the 1990's and the years 2000-2005.`,
};

/**
 * One review of a short post per language, for a runtime that lives on (the Worker) to run at start-up:
 * a first review compiles hundreds of patterns and builds the rules' indexes, ~200 ms of CPU on this
 * machine, which the start-up budget (1 s) can pay and a request's (10 ms on the free plan) cannot.
 */
export function warmUp(): void {
  for (const lang of ["fr", "en"] as const) review(SAMPLES[lang], { format: "markdown", lang, date: "2026-01-01T00:00:00.000Z" });
}
