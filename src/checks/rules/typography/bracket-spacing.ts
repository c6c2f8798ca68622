import type { Rule } from "../../rule.js";

/** A space right inside a bracket: « ( on a failli) », « (enfin ) ». */
const INNER_SPACE = /([([]) +(?=[\p{L}\p{N}])|(?<=[\p{L}\p{N}.!?…]) +([)\]])/gu;
/** A bracket glued to the words around it, when it holds several words: « couloir(celui du deuxième étage)qu'il ». */
const GLUED = /([\p{L}\p{N}])\(([^()\n]* [^()\n]*)\)/gu;

/**
 * Spaces around brackets. A bracket holding one word glued to another is
 * inclusive or plural writing (« ami(e)s », « le(s) »), not an error, so only
 * brackets holding several words are asked to stand apart.
 */
export const rule: Rule = {
  id: "typography/bracket-spacing",
  group: "writing",
  lang: "any",
  severity: "warning",
  summary: "Spaces around brackets: « ( on a failli ) » → « (on a failli) », « couloir(celui du fond) » → « couloir (celui du fond) ».",
  explanation:
    "No space goes inside parentheses or square brackets, and a space separates them from the words outside, in French and in English. A bracket holding a single word may be glued to the word before it (« ami(e)s », « file(s) »), so it is left alone; emoticons (« :( ») too.",
  check(doc, ctx) {
    for (const b of doc.blocks) {
      const t = b.text;
      if (!t.includes("(") && !t.includes("[")) continue;
      INNER_SPACE.lastIndex = 0;
      for (let m = INNER_SPACE.exec(t); m !== null; m = INNER_SPACE.exec(t)) {
        const open = m[1] !== undefined;
        // « :( », « ;( »: an emoticon, not a bracket.
        if (open && /[:;=]-?$/u.test(t.slice(Math.max(0, m.index - 2), m.index))) continue;
        const bracket = (m[1] ?? m[2]) as string;
        const range = open ? b.toSource(m.index + 1, m.index + m[0].length) : b.toSource(m.index, m.index + m[0].length - 1);
        ctx.report({
          range,
          message: ctx.t({ fr: `Pas d'espace ${open ? "après" : "avant"} « ${bracket} ».`, en: `No space ${open ? "after" : "before"} "${bracket}".` }),
          fix: { range, text: "" },
        });
      }
      GLUED.lastIndex = 0;
      for (let m = GLUED.exec(t); m !== null; m = GLUED.exec(t)) {
        const at = m.index + 1;
        const range = b.toSource(at, at + 1);
        ctx.report({ range, message: ctx.t({ fr: "Une espace avant « ( ».", en: 'A space before "(".' }), fix: { range, text: " (" } });
        const end = m.index + m[0].length;
        if (/[\p{L}\p{N}]/u.test(t[end] ?? "")) {
          const close = b.toSource(end - 1, end);
          ctx.report({ range: close, message: ctx.t({ fr: "Une espace après « ) ».", en: 'A space after ")".' }), fix: { range: close, text: ") " } });
        }
      }
    }
  },
};
