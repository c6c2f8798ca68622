import { describe, expect, it } from "vitest";
import { charPositions, forEachMatchAt, reach, widthOf } from "./fr-regex-window.js";
import { forEachMatchAfterBoundary } from "./text.js";

describe("widthOf", () => {
  it("counts characters, letter runs and lookaheads; white space under * or + is free", () => {
    expect(widthOf("abc")).toEqual({ fixed: 3, runs: 0 });
    expect(widthOf("a\\s*b[ \\u00A0]+c")).toEqual({ fixed: 3, runs: 0 });
    expect(widthOf("(?<x>ce)\\s+(?!foo)")).toEqual({ fixed: 5, runs: 0 });
    expect(widthOf("(?<![\\p{L}'’-])a")).toEqual({ fixed: 1, runs: 0 });
    expect(widthOf("(?:ab|cde)?f{2,3}")).toEqual({ fixed: 6, runs: 0 });
    expect(widthOf("x(?:\\p{L}+ment\\s+)?")).toEqual({ fixed: 5, runs: 1 });
    expect(widthOf("\\p{Ll}{2,}é")).toEqual({ fixed: 1, runs: 1 });
  });
  it("gives up on anything else unbounded", () => {
    for (const s of ["[^,]+", ".*", "(?:ne\\s+|[nm]['’])*x", "(a)\\1", "\\w+"]) expect(widthOf(s)).toBeUndefined();
  });
});

describe("reach", () => {
  const w = { fixed: 3, runs: 1 };
  it("walks over white space and one run of letters for free", () => {
    // Leftwards from « x »: « ab » is the free run, then « 12 » and « , » take the three characters.
    expect(reach("…,12 ab  x", 9, -1, w, 0)).toBe(1);
    expect(reach("x  ab 12,…", 1, 1, w, 10)).toBe(9);
  });
  it("stops at the limit; astral characters are free and keep a run of letters open", () => {
    expect(reach("abc def", 7, -1, w, 5)).toBe(5);
    // « x𝐀y » is one run (free), then « 12 » and « , ».
    expect(reach("?…,12 x𝐀y 😀 z", 14, -1, { fixed: 4, runs: 1 }, 0)).toBe(1);
  });
});

describe("forEachMatchAt", () => {
  const all = (re: RegExp, text: string, notAfter: RegExp): number[] => {
    const out: number[] = [];
    forEachMatchAfterBoundary(re, text, notAfter, (m) => out.push(m.index, m[0].length));
    return out;
  };
  it("finds what the pattern finds from the start when every match starts at a given position", () => {
    const re = /(il|elle|on|ça|y)\s*(à)\s+\p{Ll}+é/giu;
    const text = "Il à mangé, elle  à chanté ; la villa à côté, ilà dansé, Çaà été, y à pensé à pied.";
    const starts: number[] = [];
    for (const a of charPositions(text, "àÀ")) {
      let q = a;
      while (q > 0 && /\s/u.test(text[q - 1] as string)) q--;
      for (let n = 4; n >= 1; n--) starts.push(q - n);
    }
    const found: number[] = [];
    forEachMatchAt(re, text, starts, /[\p{L}'’-]/u, (m) => found.push(m.index, m[0].length));
    expect(found).toEqual(all(re, text, /[\p{L}'’-]/u));
    expect(found.length).toBeGreaterThan(4);
  });
  it("lists the positions of several characters in order", () => {
    expect(charPositions("tAta T", "tT")).toEqual([0, 2, 5]);
  });
});
