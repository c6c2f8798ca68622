import type { z } from "zod";
import { type Config, type ConfigInput } from "./schema.js";
/** One problem in a config, phrased for the person who wrote it. */
export interface ConfigIssue {
    /** Dotted path, e.g. `audience.topics.2` (empty for the whole document). */
    path: string;
    message: string;
    expected?: string;
    received?: string;
    /** 1-based position in the YAML source, when parsed from text. */
    line?: number;
    column?: number;
}
export declare class ConfigError extends Error {
    readonly issues: ConfigIssue[];
    readonly source: string | undefined;
    constructor(issues: ConfigIssue[], source?: string);
}
/** Turns zod's issues into ours, with what was expected and what was found. */
export declare function issuesFromZod(error: z.ZodError, input: unknown): ConfigIssue[];
/** Validates a config object (already parsed from YAML or JSON) and applies defaults. */
export declare function validateConfig(input: unknown, source?: string, knownRuleIds?: ReadonlySet<string>): Config;
/**
 * Parses `.postlint.yml` text (YAML or JSON) and validates it.
 * Every issue carries the line of the offending field so that the Action can
 * annotate the config file and the CLI can print `file:line:col`.
 */
export declare function parseConfig(text: string, source?: string, knownRuleIds?: ReadonlySet<string>): Config;
/**
 * Like `parseConfig`, and also returns the object as written (before defaults),
 * so that several files can be layered with `mergeConfigInputs`.
 */
export declare function parseConfigLayer(text: string, source?: string, knownRuleIds?: ReadonlySet<string>): {
    config: Config;
    input: Record<string, unknown>;
};
/**
 * Merges config layers, later ones winning: objects merge key by key, arrays and
 * scalars are replaced. Used for account defaults under a request's config, and
 * for front matter overrides.
 */
export declare function mergeConfigInputs(...layers: Array<ConfigInput | Record<string, unknown> | undefined>): Record<string, unknown>;
export declare const defaultConfig: () => Config;
