import type { Rule } from "../../rule.js";
import { analyzePromotion, SIGNAL_LABEL, type Signal } from "./analysis.js";

export const rule: Rule = {
  id: "promotion/promotional-post",
  group: "selfPromotion",
  lang: "any",
  severity: "warning",
  summary: "The post as a whole is an advertisement: most of its sentences sell.",
  explanation:
    "Audiences follow an account for what it gives them, not for its brand messages; blasting offers, discounts and contests over and over is spam (the 80/20 rule: about one post in five may promote). A post is promotional when at least 30 % of its sentences carry promotional signals (offers and prices, promo codes, contests, urgency, calls to buy, engagement bait, self-praise, brand names and own links, shouting, hashtag or emoji stuffing) or when the signals add up to three strong ones. Make it useful first: answer a question your audience has, and keep the offer to one sentence.",
  check(doc, ctx) {
    const a = analyzePromotion(doc, ctx);
    if (!a.promotional) return;
    const promo = a.sentences.filter((s) => s.promotional);
    const first = promo[0] ?? a.sentences.find((s) => s.hits.length > 0);
    if (!first) return;
    const signals = [...new Set(a.sentences.flatMap((s) => s.hits.map((h) => h.signal)))] as Signal[];
    const labels = signals.slice(0, 5).map((s) => ctx.t(SIGNAL_LABEL[s]));
    const pct = Math.round(a.promoShare * 100);
    ctx.report({
      range: first.sentence.range,
      message: ctx.t({
        fr: `Publication promotionnelle : ${promo.length} phrase(s) sur ${a.sentences.length} vendent (${pct} %) — ${labels.join(", ")}. Apportez d'abord quelque chose d'utile à votre public.`,
        en: `Promotional post: ${promo.length} of ${a.sentences.length} sentences sell (${pct}%) — ${labels.join(", ")}. Give your audience something useful first.`,
      }),
    });
  },
};
