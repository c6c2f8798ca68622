import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.js";

const words = (text: string, elisions: string[] = []): Array<[string, string]> =>
  tokenize(text, (s, e) => [s, e], new Set(elisions)).map((w) => [w.text, w.kind]);

describe("tokenize", () => {
  it("reads Latin, Greek, Cyrillic, CJK and astral letters, combining marks and digits", () => {
    expect(words("Ça va, Ωmega, язык 中文 𝐀𝐁 e\u0301te 42 ½")).toEqual([
      ["Ça", "word"], ["va", "word"], ["Ωmega", "word"], ["язык", "word"], ["中文", "word"], ["𝐀𝐁", "word"], ["e\u0301te", "word"], ["42", "number"], ["½", "number"],
    ]);
  });
  it("treats a lone surrogate as one non-letter code unit, as a /u pattern does", () => {
    expect(words("a\uD800http://x.io b")).toEqual([["a", "word"], ["http://x.io", "url"], ["b", "word"]]);
    expect(words("😀ok")).toEqual([["ok", "word"]]);
  });
  it("splits French elisions, keeps joined words, hashtags, mentions, e-mails and numbers whole", () => {
    expect(words("l’équipe d'@ana aujourd'hui, #IA2026 @bob x@y.com 1 000,5 %", ["l", "d"])).toEqual([
      ["l’", "word"], ["équipe", "word"], ["d'", "word"], ["@ana", "mention"], ["aujourd'hui", "word"], ["#IA2026", "hashtag"], ["@bob", "mention"], ["x@y.com", "email"], ["1 000,5 %", "number"],
    ]);
  });
  it("joins runs across apostrophes and hyphens, but a joined run takes no underscore", () => {
    expect(words("don't well-known foo_bar-baz_qux a-'b l’ère-x", ["l"])).toEqual([
      ["don't", "word"], ["well-known", "word"], ["foo_bar-baz", "word"], ["_qux", "word"], ["a", "word"], ["b", "word"], ["l’", "word"], ["ère-x", "word"],
    ]);
  });
});
