import type { Rule } from "../../rule.js";

/**
 * An English sentence that starts with a lower-case letter: « we are thrilled
 * to announce… » → « We ». French fragments (titles, list items « à noter »)
 * follow other conventions, and Grammalecte's tests are full of fragments: English only.
 */
export const rule: Rule = {
  id: "grammar/en-sentence-capital",
  group: "writing",
  lang: "en",
  severity: "warning",
  summary: "A sentence that starts with a lower-case letter: \"we are thrilled…\" → \"We are thrilled…\".",
  explanation:
    "A sentence starts with a capital. The rule reads paragraphs, headings and lines (not list items or table cells, which are often fragments, nor code), and leaves alone words written with a capital inside (\"iPhone\", \"eBay\"), handles, hashtags, URLs and numbers, and a sentence after an ellipsis or a colon, which may go on in lower case.",
  check(doc, ctx) {
    for (const s of doc.sentences) {
      const b = s.block;
      if (b.kind === "tableCell" || b.container === "list") continue;
      const first = s.words[0];
      if (!first || first.kind !== "word" || first.start !== s.start) continue;
      const c = first.text[0] as string;
      if (c === c.toUpperCase() || /\p{Lu}/u.test(first.text.slice(1))) continue;
      // Only after the start of the block or a full stop, a question or an exclamation mark: a line break inside a
      // paragraph, « … » or « : » may go on in lower case.
      const before = b.text.slice(0, s.start).trimEnd();
      if (before !== "" && !/(?<!\.\.)[.!?]["”’)\]]*$/u.test(before)) continue;
      const right = c.toUpperCase() + first.text.slice(1);
      ctx.report({ range: first.range, message: `Capital letter at the start of a sentence: "${right}".`, suggestions: [right], fix: { range: first.range, text: right } });
    }
  },
};
