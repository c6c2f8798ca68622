import { describe, expect, it } from "vitest";
import { genderOf, isEpiceneAdjective, sortedListHas } from "./fr-gender.js";
import * as lexicon from "../lang/fr/gender-lexicon.generated.js";

describe("sortedListHas", () => {
  const list = "\nabc\nabd\nb\nbb\nzèbre\n";
  it("finds every word and nothing else", () => {
    for (const w of ["abc", "abd", "b", "bb", "zèbre"]) expect(sortedListHas(list, w)).toBe(true);
    for (const w of ["", "a", "ab", "abcd", "ba", "c", "zèbres", "\n"]) expect(sortedListHas(list, w)).toBe(false);
  });
  it("finds every word of the generated lists (they are sorted as JavaScript compares)", () => {
    for (const l of [lexicon.masculineNouns, lexicon.feminineNouns, lexicon.masculineAdjectives, lexicon.feminineAdjectives, lexicon.epiceneAdjectives]) {
      const words = l.slice(1, -1).split("\n");
      for (let i = 1; i < words.length; i++) expect((words[i - 1] as string) < (words[i] as string)).toBe(true);
      for (let i = 0; i < words.length; i += 97) expect(sortedListHas(l, words[i] as string)).toBe(true);
    }
  });
});

describe("genderOf", () => {
  it("reads nouns and adjectives of one gender, plurals through their singular", () => {
    expect(genderOf("maison")).toEqual({ gender: "f", noun: true });
    expect(genderOf("maisons")).toEqual({ gender: "f", noun: true });
    expect(genderOf("chevaux")).toEqual({ gender: "m", noun: true });
    expect(genderOf("animale")).toEqual({ gender: "f", noun: false });
  });
  it("leaves words of either gender alone", () => {
    for (const w of ["livre", "tour", "élève", "après-midi", "gigantesque"]) expect(genderOf(w)).toBeNull();
  });
  it("does not read an entry ending in -s as a plural (« cours » is not « cour » + s)", () => {
    expect(genderOf("cours")?.gender).not.toBe("f");
  });
  it("knows adjectives of either gender that are never nouns", () => {
    expect(isEpiceneAdjective("gigantesque")).toBe(true);
    expect(isEpiceneAdjective("gigantesques")).toBe(true);
    expect(isEpiceneAdjective("maison")).toBe(false);
  });
});
