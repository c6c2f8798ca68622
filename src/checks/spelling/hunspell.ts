/**
 * A small Hunspell reader: enough of the format to check words of the French
 * and English dictionaries by stripping one suffix, one prefix, or both (cross
 * product), as Hunspell itself does at lookup time. Loading parses two strings
 * (no expansion of every form), so it takes tens of milliseconds, once.
 */

/** Candidate lookups per suggestion. */
export const SUGGEST_BUDGET = 400;

interface AffixRule {
  flag: string;
  cross: boolean;
  strip: string;
  add: string;
  /** Flags of the affixed form (continuation classes). */
  cont: string[];
  cond: RegExp | null;
}

/** One way a word is formed: from `root`, as the root itself (`via` null) or through the suffix flag `via`. */
export interface Derivation {
  root: string;
  via: string | null;
  /** The root's flags (its word classes in dictionaries that encode them, as Grammalecte's French one does). */
  rootFlags: string[];
}

export interface Dictionary {
  /** Whether the word (exact case, or lower-cased when it starts with a capital) is a valid form. */
  check(word: string): boolean;
  /** How the word (as written) is formed: every root and suffix flag that produce it; prefixes are not followed. */
  analyze(word: string): Derivation[];
  /** Up to `max` valid words at one edit (or one REP substitution) from `word`, most likely first. */
  suggest(word: string, max?: number): string[];
}

function splitFlags(raw: string, mode: "long" | "num" | "char"): string[] {
  if (!raw) return [];
  if (mode === "num") return raw.split(",");
  if (mode === "long") {
    const out: string[] = [];
    for (let i = 0; i + 1 < raw.length + 1; i += 2) if (raw.slice(i, i + 2)) out.push(raw.slice(i, i + 2));
    return out;
  }
  return [...raw];
}

function condition(cond: string, suffix: boolean): RegExp | null {
  if (cond === "." || cond === "") return null;
  try {
    return new RegExp(suffix ? `${cond}$` : `^${cond}`, "u");
  } catch {
    return null;
  }
}

export function loadDictionary(affText: string, dicText: string): Dictionary {
  let mode: "long" | "num" | "char" = "char";
  let needAffix = "";
  let forbidden = "";
  let tryChars = "";
  const rep: Array<[string, string]> = [];
  const suffixes = new Map<string, AffixRule[]>();
  const prefixes = new Map<string, AffixRule[]>();
  let maxSuffix = 0;
  let maxPrefix = 0;
  const crossOf = new Map<string, boolean>();

  for (const line of affText.split("\n")) {
    const parts = line.split(" ");
    const [kind] = parts;
    if (kind === "FLAG") mode = parts[1] === "long" ? "long" : parts[1] === "num" ? "num" : "char";
    else if (kind === "NEEDAFFIX") needAffix = parts[1] ?? "";
    else if (kind === "FORBIDDENWORD") forbidden = parts[1] ?? "";
    else if (kind === "TRY") tryChars = parts[1] ?? "";
    else if (kind === "REP" && parts.length === 3) rep.push([(parts[1] as string).replace(/_/g, " "), (parts[2] as string).replace(/_/g, " ")]);
    else if ((kind === "SFX" || kind === "PFX") && parts.length >= 4) {
      const flag = parts[1] as string;
      if (parts.length === 4 && (parts[2] === "Y" || parts[2] === "N") && /^\d+$/.test(parts[3] as string)) {
        crossOf.set(`${kind}${flag}`, parts[2] === "Y");
        continue;
      }
      const strip = parts[2] === "0" ? "" : (parts[2] as string);
      const [addRaw, contRaw] = (parts[3] as string).split("/");
      const add = addRaw === "0" ? "" : (addRaw as string);
      const rule: AffixRule = { flag, cross: crossOf.get(`${kind}${flag}`) ?? false, strip, add, cont: splitFlags(contRaw ?? "", mode), cond: condition(parts[4] ?? ".", kind === "SFX") };
      const table = kind === "SFX" ? suffixes : prefixes;
      const list = table.get(add);
      if (list) list.push(rule);
      else table.set(add, [rule]);
      if (kind === "SFX") maxSuffix = Math.max(maxSuffix, add.length);
      else maxPrefix = Math.max(maxPrefix, add.length);
    }
  }

  // Flags stay as the raw string (no Set per word: 84,000 of them would double the load time);
  // homonyms (same word on several lines) concatenate theirs.
  const words = new Map<string, string>();
  let start = 0;
  while (start < dicText.length) {
    let end = dicText.indexOf("\n", start);
    if (end === -1) end = dicText.length;
    const slash = dicText.indexOf("/", start);
    const hasFlags = slash !== -1 && slash < end;
    const word = dicText.slice(start, hasFlags ? slash : end);
    const flags = hasFlags ? dicText.slice(slash + 1, end) : "";
    if (word) {
      const prev = words.get(word);
      words.set(word, prev === undefined ? flags : mode === "num" && prev && flags ? `${prev},${flags}` : prev + flags);
    }
    start = end + 1;
  }

  const hasFlag = (flags: string, flag: string): boolean => {
    if (!flag || !flags) return false;
    if (mode === "char") return flags.includes(flag);
    if (mode === "num") return flags.split(",").includes(flag);
    for (let i = 0; i + 1 < flags.length; i += 2) if (flags[i] === flag[0] && flags[i + 1] === flag[1]) return true;
    return false;
  };

  const rootHas = (base: string, flag: string): boolean => {
    const f = words.get(base);
    return f !== undefined && hasFlag(f, flag) && !hasFlag(f, forbidden);
  };

  /** `via`: a prefix rule whose continuation classes allow the suffix (the root then carries the prefix's flag, not the suffix's). */
  const bySuffix = (w: string, requireCross: boolean, prefixFlag?: string, via?: AffixRule): boolean => {
    // Up to the whole word: irregular forms replace the entire stem (« suis » from « être »).
    for (let l = 0; l <= Math.min(maxSuffix, w.length); l++) {
      const rules = suffixes.get(w.slice(w.length - l));
      if (!rules) continue;
      const stem = w.slice(0, w.length - l);
      for (const r of rules) {
        if (requireCross && !r.cross) continue;
        const base = stem + r.strip;
        if (base === "" || (r.cond && !r.cond.test(base))) continue;
        if (via) {
          if (via.cont.includes(r.flag) && rootHas(base, via.flag)) return true;
          continue;
        }
        if (!rootHas(base, r.flag)) continue;
        if (prefixFlag && !rootHas(base, prefixFlag) && !r.cont.includes(prefixFlag)) continue;
        return true;
      }
    }
    return false;
  };

  const valid = (w: string): boolean => {
    const f = words.get(w);
    if (f !== undefined && !hasFlag(f, needAffix) && !hasFlag(f, forbidden)) return true;
    if (bySuffix(w, false)) return true;
    // From the empty prefix: units take their plural through one (« ampère/Um », prefix "" allowing « S. »: « ampères »).
    for (let l = 0; l <= Math.min(maxPrefix, w.length - 1); l++) {
      const rules = prefixes.get(w.slice(0, l));
      if (!rules) continue;
      const rest = w.slice(l);
      for (const r of rules) {
        const base = r.strip + rest;
        if (r.cond && !r.cond.test(base)) continue;
        if (l > 0 && rootHas(base, r.flag)) return true;
        if (r.cross && l > 0 && bySuffix(base, true, r.flag)) return true;
        if (r.cont.length > 0 && bySuffix(base, false, undefined, r)) return true;
      }
    }
    return false;
  };

  const check = (word: string): boolean => {
    const w = word.replace(/’/g, "'");
    if (valid(w)) return true;
    const lower = w.toLowerCase();
    if (lower !== w && valid(lower)) return true;
    // « Oeuvre » / "oeuvre" for « œuvre ».
    if (/oe/i.test(w) && valid(w.replace(/oe/g, "œ").replace(/Oe/g, "Œ"))) return true;
    return false;
  };

  const analyze = (word: string): Derivation[] => {
    const w = word.replace(/’/g, "'");
    const out: Derivation[] = [];
    const f = words.get(w);
    if (f !== undefined && !hasFlag(f, needAffix) && !hasFlag(f, forbidden)) out.push({ root: w, via: null, rootFlags: splitFlags(f, mode) });
    for (let l = 1; l <= Math.min(maxSuffix, w.length); l++) {
      const rules = suffixes.get(w.slice(w.length - l));
      if (!rules) continue;
      const stem = w.slice(0, w.length - l);
      for (const r of rules) {
        const base = stem + r.strip;
        if (base === "" || (r.cond && !r.cond.test(base)) || !rootHas(base, r.flag)) continue;
        out.push({ root: base, via: r.flag, rootFlags: splitFlags(words.get(base) ?? "", mode) });
      }
    }
    // Rules that add nothing ("0"): the form equals the root but comes through a flag (« manger » from a0).
    for (const r of suffixes.get("") ?? []) {
      const base = w + r.strip;
      if (r.strip !== "" && (!r.cond || r.cond.test(base)) && rootHas(base, r.flag)) out.push({ root: base, via: r.flag, rootFlags: splitFlags(words.get(base) ?? "", mode) });
    }
    return out;
  };

  // TRY lists letters by frequency: the first ones give most corrections for a fraction of the lookups.
  const letters = [...(tryChars || "esiarntolcdugmphbyfvkwzxjq")].filter((c) => c === c.toLowerCase()).slice(0, 24).join("");
  const suggestions = new Map<string, string[]>();

  const suggest = (word: string, max = 5): string[] => {
    const w = word.replace(/’/g, "'");
    const cached = suggestions.get(w);
    if (cached) return cached.slice(0, max);
    const out: string[] = [];
    const seen = new Set<string>([w]);
    // A budget of lookups keeps a suggestion under a millisecond or so; long words get fewer tries.
    let budget = SUGGEST_BUDGET;
    const offer = (c: string): boolean => {
      if (seen.has(c) || budget <= 0) return budget <= 0;
      seen.add(c);
      budget--;
      if (c.length > 0 && valid(c)) out.push(c);
      return out.length >= max;
    };
    search: {
      // Known confusions first (accents, doubled letters): the REP table.
      for (const [from, to] of rep) {
        for (let i = w.indexOf(from); i !== -1; i = w.indexOf(from, i + 1)) if (offer(w.slice(0, i) + to + w.slice(i + from.length))) break search;
      }
      for (let i = 0; i < w.length; i++) {
        if (i + 1 < w.length && offer(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) break search;
        if (offer(w.slice(0, i) + w.slice(i + 1))) break search;
      }
      for (let i = 0; i < w.length; i++) for (const ch of letters) if (ch !== w[i] && offer(w.slice(0, i) + ch + w.slice(i + 1))) break search;
      for (let i = 0; i <= w.length; i++) for (const ch of letters) if (offer(w.slice(0, i) + ch + w.slice(i))) break search;
    }
    if (suggestions.size > 5000) suggestions.clear();
    suggestions.set(w, out);
    return out.slice(0, max);
  };

  return { check, suggest, analyze };
}
