import { describe, expect, it } from "vitest";
import { AlternationMatcher, escapeRegExp, forEachMatchAfterBoundary, matchPrefixes } from "./text.js";
import { data as en } from "../lang/en/promotion.generated.js";
import { data as fr } from "../lang/fr/promotion.generated.js";

const show = (p: string): string[] | null => {
  const set = matchPrefixes(p, 2);
  return set ? [...set].sort() : null;
};

describe("matchPrefixes", () => {
  it("reads literals, classes, groups, quantifiers and assertions", () => {
    expect(show("Save")).toEqual(["sa"]);
    expect(show("a?b")).toEqual(["ab", "b"]);
    expect(show("(?:x|yz)w")).toEqual(["xw", "yz"]);
    expect(show("(?<n>q)")).toEqual(["q"]);
    expect(show("[$€] ?\\d")).toEqual(["$ ", "$0", "$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9", "€ ", "€0", "€1", "€2", "€3", "€4", "€5", "€6", "€7", "€8", "€9"]);
    expect(show("a{0,2}c")).toEqual(["aa", "ac", "c"]);
    expect(show("(?=x)y\\b")).toEqual(["y"]);
    expect(show("#1\\b")).toEqual(["#1"]);
  });
  it("gives up (any start) on what it does not know or what can match nothing", () => {
    for (const p of ["\\S+", ".a", "[^a]", "[a-z]", "\\p{L}", "x*", "a|", "(?:a|)", "\\u0041"]) expect(show(p)).toBeNull();
  });
});

/** Every signal pattern of both languages in one alternation, as the promotion analysis builds it. */
const alternatives = [...Object.values(en.signals), ...Object.values(fr.signals)].flat();
const reference = new RegExp(`(?:${alternatives.map((p, i) => `(?<a${i}>${p})`).join("|")})(?![\\p{L}\\p{N}])`, "giu");
const WORD = /[\p{L}\p{N}]/u;

describe("AlternationMatcher", () => {
  const matcher = new AlternationMatcher(reference, alternatives, WORD);
  const found = (each: (text: string, fn: (m: RegExpExecArray) => void) => void, text: string): string[] => {
    const out: string[] = [];
    each(text, (m) => out.push(`${m.index}:${m[0]}:${Object.keys(m.groups ?? {}).filter((k) => m.groups?.[k] !== undefined)}`));
    return out;
  };

  it("finds what the whole pattern finds, with the same alternative winning", () => {
    // Random phrases built from the patterns' own words, glued by spaces, digits, symbols, case changes and look-alikes.
    // A phrase each pattern matches, roughly: first alternative of each group, "40" for digits, optional parts kept.
    const sample = (p: string): string => {
      let out = p.replace(/\\d\+?/g, "40").replace(/\\S\+/g, "SPRING").replace(/\\w\+/g, "yes").replace(/\\b/g, "").replace(/\[(.)[^\]]*\]/g, "$1");
      for (let before = ""; before !== out; ) [before, out] = [out, out.replace(/\(\?:([^()|]*)(?:\|[^()]*)?\)/, "$1")];
      return out.replace(/[?\\]/g, "");
    };
    const words = [...alternatives.map(sample), ...alternatives.flatMap((p) => sample(p).split(" "))];
    const glue = [" ", " ", "-", "’", "'", "%", "€", "$", "#", "40", ".", "!", "é", "É", "ſ", "\u212a", "😀", "\u{1D400}", "x", "\u00a0", "«", "(", "\n", "İ", "n°", "SALE", "\udc00", "\ud800"];
    let seed = 7;
    const pick = <T,>(list: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return list[(seed >>> 8) % list.length] as T;
    };
    let matches = 0;
    for (let t = 0; t < 3000; t++) {
      let text = "";
      for (let k = 0; k < 8; k++) text += pick([pick(glue), pick(words), ` ${pick(words)}`, ` ${pick(words).toUpperCase()}`]);
      const expected = found((s, fn) => forEachMatchAfterBoundary(reference, s, WORD, fn), text);
      matches += expected.length;
      expect(found((s, fn) => matcher.forEach(s, fn), text)).toEqual(expected);
    }
    expect(matches).toBeGreaterThan(3000);
  });

  it("resumes from a position as a global pattern does", () => {
    const text = "Save 20% today only, then save 10% off: hurry!";
    const all = found((s, fn) => matcher.forEach(s, fn), text);
    const second = matcher.exec(text, 6);
    expect(second && `${second.index}:${second[0]}`).toBe(all[1]?.split(":").slice(0, 2).join(":"));
  });

  it("folds every character the way a case-insensitive Unicode pattern does", () => {
    // The alternatives' first characters (and a few more), against every BMP character the engine says they match.
    const keys = new Set(alternatives.flatMap((p) => [...(matchPrefixes(p, 3) ?? [])].flatMap((x) => [...x])));
    for (const k of "abcdefghijklmnopqrstuvwxyzàéèêçœßσθ") keys.add(k);
    const inClass = (k: string): string => (k === "-" ? "\\-" : escapeRegExp(k));
    const anyKey = new RegExp(`^[${[...keys].map(inClass).join("")}]$`, "iu");
    const lookAlikes: string[] = [];
    for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c > 0xdfff) && anyKey.test(String.fromCharCode(c))) lookAlikes.push(String.fromCharCode(c));
    expect(lookAlikes).toContain("\u017f"); // ſ, an s
    for (const k of keys) {
      const alone = new RegExp(`^${escapeRegExp(k)}$`, "iu");
      const phrase = `${escapeRegExp(k)}q`;
      const m = new AlternationMatcher(new RegExp(phrase, "iu"), [phrase], WORD);
      for (const ch of lookAlikes) if (alone.test(ch)) expect(m.exec(`${ch}q`)?.index, `${k} ~ U+${ch.charCodeAt(0).toString(16)}`).toBe(0);
    }
  });
});
