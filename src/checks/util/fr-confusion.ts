import type { Doc } from "../document/model.js";
import type { RuleContext } from "../rule.js";

/**
 * Shared scanner of the French homophone rules (« ou/où », « ce/se »…). Each
 * pattern is one precompiled regex with the `d` flag and a named group `x`
 * (or `x2`, `x3` in other branches: group names cannot repeat): the word to report. `right` gives its correction (null: the match is not an
 * error after all). A finding carries a fix only when `fix` is true.
 */
export interface Confusion {
  pattern: RegExp;
  right: (wrong: string, m: RegExpExecArray) => string | null;
  /** Why, in a few French words: « conjonction », « pronom relatif »… */
  why: string;
  fix: boolean;
}

/** Word boundaries for building patterns: no letter, apostrophe or hyphen on that side. */
export const B = "(?<![\\p{L}'’-])";
export const E = "(?![\\p{L}'’-])";

/** Builds a `giud` regex, `<B>` and `<E>` standing for the word boundaries above. */
export function frPattern(source: string): RegExp {
  return new RegExp(source.replaceAll("<B>", B).replaceAll("<E>", E), "giud");
}

/** An alternation of literal words (longest first), for a pattern built from a word list. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** « où » → « Où » when the wrong word had a capital. */
export function sameCase(wrong: string, right: string): string {
  const first = wrong.charAt(0);
  return first !== first.toLowerCase() ? right.charAt(0).toUpperCase() + right.slice(1) : right;
}

export function scanConfusions(doc: Doc, ctx: RuleContext, confusions: readonly Confusion[]): void {
  for (const b of doc.blocks) {
    const text = b.text;
    for (const c of confusions) {
      const re = c.pattern;
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const key = m.groups?.["x"] !== undefined ? "x" : m.groups?.["x2"] !== undefined ? "x2" : "x3";
        const span = m.indices?.groups?.[key];
        const wrong = m.groups?.[key];
        if (!span || wrong === undefined) continue;
        const right = c.right(wrong, m);
        if (right === null || right === wrong) continue;
        const range = b.toSource(span[0], span[1]);
        ctx.report({ range, message: `« ${wrong} » → « ${right} » (${c.why}).`, suggestions: [right], ...(c.fix ? { fix: { range, text: right } } : {}) });
      }
    }
  }
}
