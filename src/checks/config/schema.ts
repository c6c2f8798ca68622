import { z } from "zod";

/**
 * The `.postlint.yml` schema. One schema serves the CLI, the Action and the
 * Worker (which accepts the same object in a request's `config`).
 * Objects are strict: a typo in a key is an error, not a silently ignored setting.
 */

export const channels = [
  "blog",
  "newsletter",
  "x",
  "linkedin",
  "facebook",
  "instagram",
  "threads",
  "bluesky",
  "mastodon",
] as const;

export const ruleLevel = z.enum(["off", "info", "warning", "error"]);
export type RuleLevel = z.infer<typeof ruleLevel>;

const phraseList = z.array(z.string().trim().min(1, "must not be empty"));

export const audienceSchema = z.strictObject({
  description: z.string().optional(),
  topics: phraseList.default([]),
  questions: phraseList.default([]),
  avoid: phraseList.default([]),
});

export const brandSchema = z.strictObject({
  names: phraseList.default([]),
  domains: phraseList.default([]),
});

export const selfPromotionSchema = z.strictObject({
  maxShare: z.number().min(0).max(1).default(0.2),
  window: z.number().int().min(1).max(500).default(10),
});

export const thresholdsSchema = z
  .strictObject({
    relevance: z.number().min(0).max(100).default(40),
    fail: z.number().min(0).max(100).default(50),
    warn: z.number().min(0).max(100).default(70),
  })
  .refine((t) => t.fail <= t.warn, { message: "thresholds.fail must be ≤ thresholds.warn", path: ["fail"] });

export const languageToolSchema = z.strictObject({
  url: z.url(),
  level: z.enum(["default", "picky"]).default("default"),
  timeoutMs: z.number().int().min(100).max(30000).default(3000),
});

export const typographySchema = z.strictObject({
  /**
   * The space required before « : ; ! ? » and inside « » in French. The field
   * disagrees (narrow no-break, no-break, or any space): `any` accepts all three
   * and only reports a missing space; the others also report the wrong kind.
   */
  frenchSpace: z.enum(["any", "narrow-nbsp", "nbsp"]).default("any"),
});

export const configSchema = z.strictObject({
  /** Stops the upward search for more `.postlint.yml` files (as in .editorconfig). */
  root: z.boolean().optional(),
  language: z.enum(["auto", "fr", "en"]).default("auto"),
  channel: z.enum(channels).default("blog"),
  audience: audienceSchema.optional(),
  brand: brandSchema.default({ names: [], domains: [] }),
  selfPromotion: selfPromotionSchema.default({ maxShare: 0.2, window: 10 }),
  thresholds: thresholdsSchema.default({ relevance: 40, fail: 50, warn: 70 }),
  rules: z.record(z.string(), ruleLevel).default({}),
  vocabulary: z.array(z.string().min(1)).default([]),
  ignore: z.array(z.string().min(1)).default([]),
  typography: typographySchema.default({ frenchSpace: "any" }),
  languagetool: languageToolSchema.optional(),
});

/** The config as written by a user (every field optional). */
export type ConfigInput = z.input<typeof configSchema>;
/** The config after defaults are applied. */
export type Config = z.output<typeof configSchema>;
export type Audience = z.output<typeof audienceSchema>;

/** Per-post overrides allowed in front matter. */
export const frontmatterOverridesSchema = z.object({
  lang: z.enum(["fr", "en"]).optional(),
  language: z.enum(["fr", "en"]).optional(),
  channel: z.enum(channels).optional(),
  audience: audienceSchema.optional(),
  sponsored: z.boolean().optional(),
  date: z.union([z.string(), z.date()]).optional(),
  title: z.string().optional(),
});
