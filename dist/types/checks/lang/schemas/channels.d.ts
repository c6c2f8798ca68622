import { z } from "zod";
/** Publishing limits per channel (language-independent). */
export declare const schema: z.ZodObject<{
    channels: z.ZodObject<{
        blog: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        newsletter: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        x: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        linkedin: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        facebook: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        instagram: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        threads: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        bluesky: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
        mastodon: z.ZodObject<{
            maxLength: z.ZodNullable<z.ZodNumber>;
            counting: z.ZodEnum<{
                "x-weighted": "x-weighted";
                graphemes: "graphemes";
                characters: "characters";
            }>;
            urlLength: z.ZodNullable<z.ZodNumber>;
            maxLinks: z.ZodNullable<z.ZodNumber>;
            maxHashtags: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strict>;
    }, z.core.$strict>;
}, z.core.$strict>;
export type Data = z.output<typeof schema>;
