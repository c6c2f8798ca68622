import { describe, expect, it } from "vitest";
import type { RuleContext } from "../rule.js";
import { prepare } from "../engine/review.js";
import { merge, positionsOf, triggers, wordIndex } from "./fr-word-index.js";

const context = (): RuleContext => {
  const memo = new Map<string, unknown>();
  return { memo: <T>(k: string, f: () => T): T => (memo.has(k) ? memo.get(k) : (memo.set(k, f()), memo.get(k))) as T } as RuleContext;
};

describe("wordIndex", () => {
  const doc = prepare("# Titre\n\nLes chats d’Anne sont-ils là ? Est-ce les siens.\n\n- les chiens, des chats\n", { format: "markdown", lang: "fr" }).doc;
  const words = doc.blocks.flatMap((b) => b.words);
  it("lists a set's words in document order, by key (straight apostrophes)", () => {
    const t = triggers(["les", "d’", "chats"]);
    const ctx = context();
    const found = positionsOf(doc, ctx, t);
    const expected = words.flatMap((w, g) => (["les", "d'", "chats"].includes(w.key ?? w.lower) ? [g] : []));
    expect(found).toEqual(expected);
    expect(found.length).toBe(6);
  });
  it("maps positions to sentences and blocks, and finds hyphenated words", () => {
    const index = wordIndex(doc, context());
    words.forEach((w, g) => {
      const b = index.block[g];
      expect(b?.words[index.inBlock[g] as number]).toBe(w);
      const s = index.sentence[g];
      if (s) expect(s.words[index.inSentence[g] as number]).toBe(w);
    });
    expect(index.hyphenated.map((g) => words[g]?.text)).toEqual(["sont-ils", "Est-ce"]);
  });
  it("merges two ascending lists", () => {
    expect(merge([1, 4, 9], [2, 4, 10])).toEqual([1, 2, 4, 9, 10]);
  });
});
