import type { Doc } from "../document/model.js";
import type { Rule, RuleContext } from "../rule.js";
import type { CheckName, Lang, Severity } from "../types.js";
import type { Entry } from "../lang/schemas/writing.js";
import { escapeRegExp as escape } from "../util/text.js";

/**
 * Vale's `existence`/`substitution` extension points as a factory: a rule is a
 * lexicon per language plus a message. Entries are literal phrases matched
 * case-insensitively on word boundaries (`*` stands for one word); an entry's
 * `replace` list becomes suggestions, and a fix when the entry says `fix: true`.
 * Adding a word is a YAML edit, not code.
 */
export interface ExistenceSpec {
  id: string;
  group?: CheckName;
  severity: Severity;
  summary: string;
  explanation: string;
  lexicon: Partial<Record<Lang, readonly Entry[]>>;
  message: (found: string, replace: readonly string[]) => { fr: string; en: string };
}

interface Compiled {
  re: RegExp;
  byKey: Map<string, { replace: string[]; fix: boolean; exceptions: RegExp | null }>;
}

/** Apostrophes and spaces in data match their typographic variants in text. */
const toPattern = (phrase: string): string =>
  escape(phrase)
    .replace(/'/g, "['’]")
    .replace(/ /g, "[\\s\\u00A0\\u202F]+")
    .replace(/\\\*/g, "[\\p{L}\\p{N}'’-]+");
const key = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/[\s\u00A0\u202F]+/g, " ");

function compile(entries: readonly Entry[]): Compiled {
  const byKey: Compiled["byKey"] = new Map();
  const phrases: string[] = [];
  for (const e of entries) {
    const phrase = typeof e === "string" ? e : e.phrase;
    phrases.push(phrase);
    const exceptions = typeof e === "string" || e.exceptions.length === 0 ? null : new RegExp(e.exceptions.map(toPattern).join("|"), "iu");
    byKey.set(key(phrase), { replace: typeof e === "string" ? [] : e.replace, fix: typeof e !== "string" && e.fix, exceptions });
  }
  phrases.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${phrases.map(toPattern).join("|")})(?![\\p{L}\\p{N}_-])`, "giu");
  return { re, byKey };
}

export function existence(spec: ExistenceSpec): Rule {
  const compiled = new Map<Lang, Compiled>();
  const get = (lang: Lang): Compiled | undefined => {
    const entries = spec.lexicon[lang];
    if (!entries || entries.length === 0) return undefined;
    let c = compiled.get(lang);
    if (!c) {
      c = compile(entries);
      compiled.set(lang, c);
    }
    return c;
  };
  const langs = Object.keys(spec.lexicon) as Lang[];
  return {
    id: spec.id,
    group: spec.group ?? "writing",
    lang: langs.length === 1 ? (langs[0] as Lang) : "any",
    severity: spec.severity,
    summary: spec.summary,
    explanation: spec.explanation,
    enabled: (ctx: RuleContext) => ctx.lang !== "und" && spec.lexicon[ctx.lang] !== undefined,
    check(doc: Doc, ctx: RuleContext) {
      const c = get(ctx.lang as Lang);
      if (!c) return;
      for (const block of doc.blocks) {
        c.re.lastIndex = 0;
        for (let m = c.re.exec(block.text); m !== null; m = c.re.exec(block.text)) {
          const found = m[0];
          const entry = c.byKey.get(key(found)) ?? [...c.byKey.entries()].find(([k]) => k.includes("*") && new RegExp(`^${toPattern(k)}$`, "iu").test(found))?.[1];
          if (entry?.exceptions) {
            const around = block.text.slice(Math.max(0, m.index - 40), m.index + found.length + 40);
            if (entry.exceptions.test(around)) continue;
          }
          const range = block.toSource(m.index, m.index + found.length);
          const replace = entry?.replace ?? [];
          const fixText = entry?.fix && replace[0] ? matchCase(found, replace[0]) : undefined;
          ctx.report({
            range,
            message: ctx.t(spec.message(found, replace)),
            suggestions: replace.filter((r) => !r.startsWith("(")),
            ...(fixText !== undefined ? { fix: { range, text: fixText } } : {}),
          });
        }
      }
    },
  };
}

/** "In order to" → "To": keep the capital of the first letter. */
function matchCase(found: string, replacement: string): string {
  const first = found[0] ?? "";
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}
