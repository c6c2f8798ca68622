import type { Rule } from "../rule.js";
import type { CheckName, Lang, Severity } from "../types.js";
import type { Entry } from "../lang/schemas/writing.js";
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
    message: (found: string, replace: readonly string[]) => {
        fr: string;
        en: string;
    };
}
export declare function existence(spec: ExistenceSpec): Rule;
