import { z } from "zod";
import { channels } from "../../config/schema.js";

const limit = z.strictObject({
  /** Maximum length, or null when the channel has none worth checking. */
  maxLength: z.number().int().positive().nullable(),
  /** How length is counted: X's weighted characters, graphemes, or UTF-16 characters. */
  counting: z.enum(["x-weighted", "graphemes", "characters"]),
  /** Length a URL counts for, whatever its real length (X and Mastodon shorten links), or null. */
  urlLength: z.number().int().positive().nullable(),
  maxLinks: z.number().int().positive().nullable(),
  maxHashtags: z.number().int().positive().nullable(),
});

/** Publishing limits per channel (language-independent). */
export const schema = z.strictObject({
  channels: z.strictObject(Object.fromEntries(channels.map((c) => [c, limit])) as Record<(typeof channels)[number], typeof limit>),
});
export type Data = z.output<typeof schema>;
