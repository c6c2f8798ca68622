import { parseDocument, isMap, isSeq, isScalar, type Node as YamlNode, LineCounter } from "yaml";
import type { z } from "zod";
import { configSchema, type Config, type ConfigInput } from "./schema.js";

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

export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  readonly source: string | undefined;
  constructor(issues: ConfigIssue[], source?: string) {
    const lines = issues.map((i) => {
      const at = i.line ? `${source ?? "config"}:${i.line}:${i.column ?? 1}: ` : source ? `${source}: ` : "";
      const field = i.path ? `\`${i.path}\`` : "config";
      return `${at}${field}: ${i.message}`;
    });
    super(`Invalid postlint config\n  ${lines.join("\n  ")}`);
    this.name = "ConfigError";
    this.issues = issues;
    this.source = source;
  }
}

const describe = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
};

const valueAt = (root: unknown, path: ReadonlyArray<PropertyKey>): unknown => {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
};

/** Turns zod's issues into ours, with what was expected and what was found. */
export function issuesFromZod(error: z.ZodError, input: unknown): ConfigIssue[] {
  const out: ConfigIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        out.push({ path: [...path, key].join("."), message: `unknown field "${key}"`, expected: "a known field", received: key });
      }
      continue;
    }
    const received = describe(valueAt(input, issue.path));
    const expected =
      issue.code === "invalid_type"
        ? issue.expected
        : issue.code === "invalid_value"
          ? issue.values.map((v) => JSON.stringify(v)).join(" | ")
          : undefined;
    const message =
      issue.code === "invalid_type" || issue.code === "invalid_value"
        ? `expected ${expected}, found ${received === "undefined" ? "nothing" : received}`
        : `${issue.message} (found ${received})`;
    out.push({ path: path.join("."), message, ...(expected ? { expected } : {}), received });
  }
  return out;
}

/** Validates a config object (already parsed from YAML or JSON) and applies defaults. */
export function validateConfig(input: unknown, source?: string, knownRuleIds?: ReadonlySet<string>): Config {
  const result = configSchema.safeParse(input ?? {});
  if (!result.success) throw new ConfigError(issuesFromZod(result.error, input), source);
  if (knownRuleIds) {
    const unknown = Object.keys(result.data.rules).filter((id) => !knownRuleIds.has(id));
    if (unknown.length > 0) {
      throw new ConfigError(
        unknown.map((id) => ({
          path: `rules.${id}`,
          message: `unknown rule id "${id}" (run \`postlint rules\` for the list)`,
          expected: "a rule id",
          received: id,
        })),
        source,
      );
    }
  }
  return result.data;
}

function locate(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: string): { line: number; column: number } | undefined {
  const keys = path === "" ? [] : path.split(".");
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let best: YamlNode | null | undefined = node;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      if (!pair) break;
      // The key's line: for a nested map the value starts lines later.
      best = (pair.key as YamlNode) ?? best;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as YamlNode | undefined;
      if (!item) break;
      node = item;
      best = item;
    } else break;
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/**
 * Parses `.postlint.yml` text (YAML or JSON) and validates it.
 * Every issue carries the line of the offending field so that the Action can
 * annotate the config file and the CLI can print `file:line:col`.
 */
export function parseConfig(text: string, source?: string, knownRuleIds?: ReadonlySet<string>): Config {
  return parseConfigLayer(text, source, knownRuleIds).config;
}

/**
 * Like `parseConfig`, and also returns the object as written (before defaults),
 * so that several files can be layered with `mergeConfigInputs`.
 */
export function parseConfigLayer(text: string, source?: string, knownRuleIds?: ReadonlySet<string>): { config: Config; input: Record<string, unknown> } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => {
        const pos = counter.linePos(e.pos[0]);
        return { path: "", message: `YAML syntax error: ${e.message.split("\n")[0]}`, line: pos.line, column: pos.col };
      }),
      source,
    );
  }
  const data: unknown = doc.toJS();
  try {
    const config = validateConfig(data, source, knownRuleIds);
    return { config, input: (data ?? {}) as Record<string, unknown> };
  } catch (err) {
    if (err instanceof ConfigError) {
      throw new ConfigError(
        err.issues.map((i) => ({ ...i, ...locate(doc, counter, i.path) })),
        source,
      );
    }
    throw err;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Merges config layers, later ones winning: objects merge key by key, arrays and
 * scalars are replaced. Used for account defaults under a request's config, and
 * for front matter overrides.
 */
export function mergeConfigInputs(...layers: Array<ConfigInput | Record<string, unknown> | undefined>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer)) {
      const prev = out[key];
      out[key] = isPlainObject(prev) && isPlainObject(value) ? mergeConfigInputs(prev, value) : value;
    }
  }
  return out;
}

export const defaultConfig = (): Config => configSchema.parse({});
