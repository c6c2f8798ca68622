import { z } from "zod";
/**
 * The `.postlint.yml` schema. One schema serves the CLI, the Action and the
 * Worker (which accepts the same object in a request's `config`).
 * Objects are strict: a typo in a key is an error, not a silently ignored setting.
 */
export declare const channels: readonly ["blog", "newsletter", "x", "linkedin", "facebook", "instagram", "threads", "bluesky", "mastodon"];
export declare const ruleLevel: z.ZodEnum<{
    off: "off";
    info: "info";
    warning: "warning";
    error: "error";
}>;
export type RuleLevel = z.infer<typeof ruleLevel>;
export declare const audienceSchema: z.ZodObject<{
    description: z.ZodOptional<z.ZodString>;
    topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
    questions: z.ZodDefault<z.ZodArray<z.ZodString>>;
    avoid: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export declare const brandSchema: z.ZodObject<{
    names: z.ZodDefault<z.ZodArray<z.ZodString>>;
    domains: z.ZodDefault<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
export declare const selfPromotionSchema: z.ZodObject<{
    maxShare: z.ZodDefault<z.ZodNumber>;
    window: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const thresholdsSchema: z.ZodObject<{
    relevance: z.ZodDefault<z.ZodNumber>;
    fail: z.ZodDefault<z.ZodNumber>;
    warn: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const languageToolSchema: z.ZodObject<{
    url: z.ZodURL;
    level: z.ZodDefault<z.ZodEnum<{
        default: "default";
        picky: "picky";
    }>>;
    timeoutMs: z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const typographySchema: z.ZodObject<{
    frenchSpace: z.ZodDefault<z.ZodEnum<{
        any: "any";
        "narrow-nbsp": "narrow-nbsp";
        nbsp: "nbsp";
    }>>;
}, z.core.$strict>;
export declare const configSchema: z.ZodObject<{
    root: z.ZodOptional<z.ZodBoolean>;
    language: z.ZodDefault<z.ZodEnum<{
        auto: "auto";
        fr: "fr";
        en: "en";
    }>>;
    channel: z.ZodDefault<z.ZodEnum<{
        blog: "blog";
        newsletter: "newsletter";
        x: "x";
        linkedin: "linkedin";
        facebook: "facebook";
        instagram: "instagram";
        threads: "threads";
        bluesky: "bluesky";
        mastodon: "mastodon";
    }>>;
    audience: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
        questions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        avoid: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    brand: z.ZodDefault<z.ZodObject<{
        names: z.ZodDefault<z.ZodArray<z.ZodString>>;
        domains: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    selfPromotion: z.ZodDefault<z.ZodObject<{
        maxShare: z.ZodDefault<z.ZodNumber>;
        window: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    thresholds: z.ZodDefault<z.ZodObject<{
        relevance: z.ZodDefault<z.ZodNumber>;
        fail: z.ZodDefault<z.ZodNumber>;
        warn: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    rules: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodEnum<{
        off: "off";
        info: "info";
        warning: "warning";
        error: "error";
    }>>>;
    vocabulary: z.ZodDefault<z.ZodArray<z.ZodString>>;
    ignore: z.ZodDefault<z.ZodArray<z.ZodString>>;
    typography: z.ZodDefault<z.ZodObject<{
        frenchSpace: z.ZodDefault<z.ZodEnum<{
            any: "any";
            "narrow-nbsp": "narrow-nbsp";
            nbsp: "nbsp";
        }>>;
    }, z.core.$strict>>;
    languagetool: z.ZodOptional<z.ZodObject<{
        url: z.ZodURL;
        level: z.ZodDefault<z.ZodEnum<{
            default: "default";
            picky: "picky";
        }>>;
        timeoutMs: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** The config as written by a user (every field optional). */
export type ConfigInput = z.input<typeof configSchema>;
/** The config after defaults are applied. */
export type Config = z.output<typeof configSchema>;
export type Audience = z.output<typeof audienceSchema>;
/** Per-post overrides allowed in front matter. */
export declare const frontmatterOverridesSchema: z.ZodObject<{
    lang: z.ZodOptional<z.ZodEnum<{
        fr: "fr";
        en: "en";
    }>>;
    language: z.ZodOptional<z.ZodEnum<{
        fr: "fr";
        en: "en";
    }>>;
    channel: z.ZodOptional<z.ZodEnum<{
        blog: "blog";
        newsletter: "newsletter";
        x: "x";
        linkedin: "linkedin";
        facebook: "facebook";
        instagram: "instagram";
        threads: "threads";
        bluesky: "bluesky";
        mastodon: "mastodon";
    }>>;
    audience: z.ZodOptional<z.ZodObject<{
        description: z.ZodOptional<z.ZodString>;
        topics: z.ZodDefault<z.ZodArray<z.ZodString>>;
        questions: z.ZodDefault<z.ZodArray<z.ZodString>>;
        avoid: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    sponsored: z.ZodOptional<z.ZodBoolean>;
    date: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodDate]>>;
    title: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
