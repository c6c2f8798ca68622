import type { Rule } from "../../rule.js";
import { forEachMatchAfterBoundary } from "../../util/text.js";

const NBSP = "\u00A0";
const NARROW = "\u202F";
/** Units and currencies glued to their number: « 10% », « 18kg », « 3µs », « 13,4¥ ». */
const UNIT = "%|‰|°C|°F|€|\\$|£|¥|kWh|mAh|mA|µA|dB|[kcmµn]?m[²³]|km\\/h|(?:[kMGT]?Hz)|(?:[kMGT]o)|(?:[kMGT]?W)|[kcmµn]?[mg]|[mµn]s|[kmM]?V";
const GLUED = new RegExp(`(\\d+(?:[,.]\\d+)?)(${UNIT})(?![\\p{L}\\p{N}²³])`, "gu");
/** « 800 x 600 », « 800*600 » → « 800 × 600 ». */
const TIMES = /(\d+(?:[,.]\d+)?)(\s*\*\s*|\s+x\s+|x)(\d+(?:[,.]\d+)?)(?![\p{L}\p{N}])/gu;
/** A number of five digits or more, or grouped with dots, before a unit or a counted noun: « 500000 euros », « 200.000.000 de pertes ». */
const COUNTED = `${UNIT}|Å|min|ans|euros?|dollars?|francs?|livres?|habitants?|personnes?|utilisateurs?|clients?|abonnés?|visiteurs?|exemplaires?|salariés?|employés?|emplois?|ventes?|commandes?|téléchargements?|membres?|mètres?|kilomètres?|kilos?|tonnes?|litres?|jours|heures|minutes|secondes|mots|pages|vues|de|d['’]`;
const UNGROUPED = new RegExp(`([1-9]\\d{4,}|[1-9]\\d{0,2}(?:\\.\\d{3}){2,})(?![\\d.,]\\d)(?=\\s?(?:${COUNTED})(?![\\p{L}\\p{N}]))`, "gu");
const NUMBER_PART = /[\p{L}\p{N}.,_/-]/u;
const ASCII_DIGIT = /[0-9]/;

const group = (digits: string, space: string): string => digits.replace(/\./g, "").replace(/\B(?=(\d{3})+(?!\d))/g, space);

export const rule: Rule = {
  id: "typography/fr-numbers",
  group: "writing",
  lang: "fr",
  severity: "warning",
  summary: "Nombres en français : espace avant l’unité (« 10 % », « 18 kg »), signe « × » (« 800 × 600 »), groupes de trois chiffres (« 500 000 euros »).",
  explanation:
    "French typography separates a number from its unit or currency by a no-break space (« 10 % », « 18 kg », « 3 µs », « 13,4 € »), writes the multiplication sign « × » rather than « x » or « * » between two numbers (« x » glued only between numbers of two digits or more: « 1920x1080 », not « 4x4 » or « 0x4407 »), and groups the digits of long numbers by three with a (narrow) no-break space (« 500 000 euros »), never with dots. The rule reports a unit glued to its number (a plain space is accepted), « x » or « * » between numbers, and a number of five digits or more, or grouped with dots, only when a unit or a counted noun follows (« 12010 kg », « 200.000.000 de pertes »), so that postcodes, phone numbers, years and references are left alone. The fix inserts the space or the sign, or groups the digits; the space is the one `typography.frenchSpace` asks for (no-break by default).",
  check(doc, ctx) {
    const mode = ctx.config.typography.frenchSpace;
    const space = mode === "narrow-nbsp" ? NARROW : NBSP;
    for (const b of doc.blocks) {
      const text = b.text;
      // The three patterns start with a digit: a block without one is skipped (most are).
      if (!ASCII_DIGIT.test(text)) continue;
      forEachMatchAfterBoundary(GLUED, text, NUMBER_PART, (m) => {
        const range = b.toSource(m.index, m.index + m[0].length);
        const right = `${m[1] as string}${space}${m[2] as string}`;
        ctx.report({ range, message: `Espace insécable attendue entre le nombre et l’unité : « ${m[1] as string} ${m[2] as string} ».`, suggestions: [right], fix: { range, text: right } });
      });
      forEachMatchAfterBoundary(TIMES, text, NUMBER_PART, (m) => {
        const a = m[1] as string;
        // « 0x4407 » is hexadecimal.
        // « 0x4407 » is hexadecimal, « un 4x4 » a car.
        if (m[2] === "x" && (a === "0" || a.length < 2 || (m[3] as string).length < 2)) return;
        const range = b.toSource(m.index, m.index + m[0].length);
        const right = `${a}${space}×${space}${m[3] as string}`;
        ctx.report({ range, message: `Signe de multiplication : « ${a} × ${m[3] as string} ».`, suggestions: [right], fix: { range, text: right } });
      });
      forEachMatchAfterBoundary(UNGROUPED, text, NUMBER_PART, (m) => {
        const range = b.toSource(m.index, m.index + m[0].length);
        const right = group(m[1] as string, space);
        ctx.report({ range, message: `Chiffres groupés par trois : « ${group(m[1] as string, " ")} ».`, suggestions: [right], fix: { range, text: right } });
      });
    }
  },
};
