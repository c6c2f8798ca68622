import type { Doc, Link } from "../../document/model.js";
import type { RuleContext } from "../../rule.js";
import type { Lang, Range } from "../../types.js";
import { data as affiliates } from "../../lang/any/affiliates.generated.js";
import { data as en } from "../../lang/en/disclosure.generated.js";
import { data as fr } from "../../lang/fr/disclosure.generated.js";
import { escapeRegExp as escape, forEachMatchAfterBoundary, hostOf, nextMatchAfterBoundary } from "../../util/text.js";

const DATA = { en, fr } as const;
const HOSTS = new Set(affiliates.hosts);
const PARAMS = new Set(affiliates.params.map((p) => p.toLowerCase()));
const phrases = (list: readonly string[]): RegExp =>
  new RegExp(`(?:${[...list].sort((a, b) => b.length - a.length).map(escape).join("|")})(?![\\p{L}\\p{N}])`, "giu");
/** What may not come right before a phrase (the pattern's left word boundary). */
const NOT_AFTER = /[\p{L}\p{N}#]/u;
const MARKERS = { en: phrases(DATA.en.markers), fr: phrases(DATA.fr.markers) };
const WEAK = { en: phrases(DATA.en.insufficient), fr: phrases(DATA.fr.insufficient) };

export interface DisclosureAnalysis {
  required: boolean;
  reasons: string[];
  affiliateLinks: Link[];
  /** Where the first clear disclosure stands, if any. */
  marker: { range: Range; prosePosition: number } | null;
  /** Weak markers ("#sp"), looked for only when a disclosure is required. */
  weak: Range[];
  nearStart: number;
}

export function isAffiliate(url: string): boolean {
  const host = hostOf(url);
  if (host && (HOSTS.has(host) || [...HOSTS].some((h) => host.endsWith(`.${h}`)))) return true;
  const q = url.indexOf("?");
  if (q === -1) return false;
  for (const pair of url.slice(q + 1).split(/[&#]/)) {
    const key = pair.split("=")[0]?.toLowerCase();
    if (key && PARAMS.has(key) && pair.includes("=")) return true;
  }
  return false;
}

export function analyzeDisclosure(doc: Doc, ctx: RuleContext): DisclosureAnalysis {
  return ctx.memo("disclosure", () => {
    const langs: Lang[] = ctx.lang === "und" ? ["en", "fr"] : [ctx.lang];
    const affiliateLinks = doc.links.filter((l) => isAffiliate(l.url));
    const reasons: string[] = [];
    if (ctx.sponsored) reasons.push("sponsored: true");
    if (affiliateLinks.length > 0) reasons.push(`${affiliateLinks.length} affiliate link(s)`);
    let marker: DisclosureAnalysis["marker"] = null;
    const weak: Range[] = [];
    // Weak markers only matter when a disclosure is required (and the rule then tells why "#sp" is not enough).
    const required = reasons.length > 0;
    let position = 0;
    for (const block of doc.blocks) {
      for (const lang of langs) {
        MARKERS[lang].lastIndex = 0;
        const m = nextMatchAfterBoundary(MARKERS[lang], block.text, NOT_AFTER);
        if (m && (!marker || position + m.index < marker.prosePosition)) {
          marker = { range: block.toSource(m.index, m.index + m[0].length), prosePosition: position + m.index };
        }
        if (required) forEachMatchAfterBoundary(WEAK[lang], block.text, NOT_AFTER, (x) => weak.push(block.toSource(x.index, x.index + x[0].length)));
      }
      if (marker) break;
      position += block.text.length + 1;
    }
    const nearStart = Math.max(...langs.map((l) => DATA[l].nearStart));
    return { required, reasons, affiliateLinks, marker, weak, nearStart };
  });
}
