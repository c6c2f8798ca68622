import { z } from "zod";
import { channels } from "../checks/index.js";

/** The engine's config is validated by the engine (same messages as the CLI); here it is an object. */
const configObject = z.record(z.string(), z.unknown());
export const accountId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "1–64 letters, digits, dots, dashes or underscores");
const postId = z.string().min(1).max(200);

export const reviewItemSchema = z.strictObject({
  content: z.string().min(1, "must not be empty"),
  format: z.enum(["markdown", "mdx", "text", "html"]).optional(),
  lang: z.enum(["fr", "en"]).optional(),
  channel: z.enum(channels).optional(),
  title: z.string().max(500).optional(),
  postId: postId.optional(),
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
});

export const reviewBodySchema = reviewItemSchema.extend({
  account: accountId.optional(),
  config: configObject.optional(),
});

export const MAX_BATCH = 50;
export const batchBodySchema = z.strictObject({
  account: accountId.optional(),
  config: configObject.optional(),
  posts: z.array(reviewItemSchema).min(1, "at least one post").max(MAX_BATCH, `at most ${MAX_BATCH} posts per batch`),
});

/** Query parameters for a raw `text/markdown` or `text/plain` body (`curl --data-binary @post.md`). */
export const rawQuerySchema = z.strictObject({
  account: accountId.optional(),
  channel: z.enum(channels).optional(),
  lang: z.enum(["fr", "en"]).optional(),
  postId: postId.optional(),
  scheduledAt: z.iso.datetime({ offset: true }).optional(),
  format: z.enum(["markdown", "mdx", "text", "html"]).optional(),
});

export const publishedGenericSchema = z.strictObject({
  posts: z
    .array(
      z.strictObject({
        postId,
        content: z.string().min(1),
        publishedAt: z.iso.datetime({ offset: true }),
        channel: z.enum(channels).optional(),
        format: z.enum(["markdown", "mdx", "text", "html"]).optional(),
      }),
    )
    .min(1)
    .max(500),
});

/** Postiz's webhook body: every post of a publication, with its state. Extra fields are Postiz's own. */
export const postizItemSchema = z.looseObject({
  id: z.string().min(1),
  content: z.string(),
  publishDate: z.string().min(1),
  state: z.string(),
  integration: z.looseObject({ id: z.string().optional(), providerIdentifier: z.string().optional() }).optional(),
});
export const postizBodySchema = z.array(postizItemSchema).max(500);

export type ReviewItem = z.infer<typeof reviewItemSchema>;
export type ReviewBody = z.infer<typeof reviewBodySchema>;
export type BatchBody = z.infer<typeof batchBodySchema>;
