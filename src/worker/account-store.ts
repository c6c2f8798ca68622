import { DurableObject } from "cloudflare:workers";
import { ConfigError, mergeConfigInputs, review, validateConfig, ruleIds, type HistoryEntry, type Report } from "../checks/index.js";
import type { Env } from "./env.js";
import { migrate } from "./migrate.js";
import type { ReviewItem } from "./schemas.js";

/** At least this many recent posts are read for repeats, whatever the window. */
const MIN_LOOKBACK = 20;

export interface ReviewOutcome {
  report: Report;
  recorded: boolean;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; configError: ConfigError["issues"] };

interface PostRow {
  post_id: string;
  date: string;
  channel: string | null;
  promotional: number;
  hash: string;
  signature: string;
  [key: string]: SqlStorageValue;
}

/**
 * One account: its recent posts and its stored config, in SQLite. Every method
 * runs to completion before the next call starts (the engine and SQL are
 * synchronous; no other await in between), so reading the history, reviewing
 * and recording is atomic: concurrent checks for one account see each other.
 */
export class AccountStore extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    void ctx.blockConcurrencyWhile(async () => migrate(this.sql));
  }

  private get maxPosts(): number {
    return Number(this.env.HISTORY_MAX_POSTS ?? 500);
  }

  private get maxDays(): number {
    return Number(this.env.HISTORY_MAX_DAYS ?? 180);
  }

  getConfig(): Record<string, unknown> | null {
    const row = this.sql.exec<{ value: string }>("SELECT value FROM settings WHERE key = 'config'").toArray()[0];
    return row ? (JSON.parse(row.value) as Record<string, unknown>) : null;
  }

  /** Validates with the engine's schema before storing; returns the issues otherwise. */
  putConfig(input: Record<string, unknown>): StoreResult<Record<string, unknown>> {
    try {
      validateConfig(input, undefined, ruleIds);
    } catch (err) {
      if (err instanceof ConfigError) return { ok: false, configError: err.issues };
      throw err;
    }
    this.sql.exec("INSERT INTO settings (key, value) VALUES ('config', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", JSON.stringify(input));
    return { ok: true, value: input };
  }

  history(limit = 500): HistoryEntry[] {
    return this.sql
      .exec<PostRow>("SELECT post_id, date, channel, promotional, hash, signature FROM posts ORDER BY date DESC, post_id DESC LIMIT ?", limit)
      .toArray()
      .map(toEntry);
  }

  deletePost(postId: string): boolean {
    return this.sql.exec("DELETE FROM posts WHERE post_id = ?", postId).rowsWritten > 0;
  }

  /** Erases everything of this account. */
  async erase(): Promise<void> {
    await this.ctx.storage.deleteAll();
    await migrate(this.sql);
  }

  /**
   * Reviews posts in `scheduledAt` order, each against the stored history and
   * the posts before it in the same call, and records those with a `postId`.
   */
  reviewPosts(items: ReviewItem[], requestConfig: Record<string, unknown> | undefined, now: string): StoreResult<ReviewOutcome[]> {
    let config;
    try {
      config = validateConfig(mergeConfigInputs(this.getConfig() ?? {}, requestConfig ?? {}), undefined, ruleIds);
    } catch (err) {
      if (err instanceof ConfigError) return { ok: false, configError: err.issues };
      throw err;
    }
    const lookback = Math.max(config.selfPromotion.window, MIN_LOOKBACK);
    const stored = this.history(lookback + items.length);
    const order = items.map((item, i) => ({ item, i, date: item.scheduledAt ? new Date(item.scheduledAt).toISOString() : now }));
    order.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
    const batch: HistoryEntry[] = [];
    const outcomes: ReviewOutcome[] = new Array(items.length);
    for (const { item, i, date } of order) {
      const history = [...stored, ...batch].filter((h) => h.id !== item.postId && h.date <= date);
      const report = review(item.title ? `# ${item.title}\n\n${item.content}` : item.content, {
        format: item.format ?? "markdown",
        config,
        history,
        id: item.postId ?? `draft-${i}`,
        date,
        ...(item.lang ? { lang: item.lang } : {}),
        ...(item.channel ? { channel: item.channel } : {}),
      });
      batch.push(report.entry);
      const recorded = item.postId !== undefined;
      if (recorded) this.upsert(report.entry, "review", now);
      outcomes[i] = { report, recorded };
    }
    this.prune(now);
    return { ok: true, value: outcomes };
  }

  /** Records posts that really went out (their content is reviewed for the flags, then dropped). */
  recordPublished(posts: Array<{ postId: string; content: string; publishedAt: string; channel?: string | undefined; format?: "markdown" | "mdx" | "text" | "html" | undefined }>, now: string): number {
    let config;
    try {
      config = validateConfig(this.getConfig() ?? {}, undefined, ruleIds);
    } catch {
      config = validateConfig({});
    }
    for (const p of posts) {
      const report = review(p.content, { format: p.format ?? "text", config, id: p.postId, date: new Date(p.publishedAt).toISOString() });
      this.upsert({ ...report.entry, channel: (p.channel as HistoryEntry["channel"]) ?? undefined }, "published", now);
    }
    this.prune(now);
    return posts.length;
  }

  private upsert(e: HistoryEntry, origin: "review" | "published", now: string): void {
    this.sql.exec(
      `INSERT INTO posts (post_id, date, channel, promotional, hash, signature, origin, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(post_id) DO UPDATE SET date = excluded.date, channel = excluded.channel, promotional = excluded.promotional,
         hash = excluded.hash, signature = excluded.signature, origin = excluded.origin, updated_at = excluded.updated_at`,
      e.id,
      e.date,
      e.channel ?? null,
      e.promotional ? 1 : 0,
      e.hash,
      JSON.stringify(e.signature),
      origin,
      now,
    );
  }

  /** Keeps the newest `HISTORY_MAX_POSTS` posts of the last `HISTORY_MAX_DAYS` days. */
  private prune(now: string): void {
    const cutoff = new Date(Date.parse(now) - this.maxDays * 86_400_000).toISOString();
    this.sql.exec("DELETE FROM posts WHERE date < ?", cutoff);
    this.sql.exec("DELETE FROM posts WHERE post_id NOT IN (SELECT post_id FROM posts ORDER BY date DESC, post_id DESC LIMIT ?)", this.maxPosts);
  }
}

function toEntry(r: PostRow): HistoryEntry {
  return {
    id: r.post_id,
    date: r.date,
    channel: (r.channel ?? undefined) as HistoryEntry["channel"],
    promotional: r.promotional === 1,
    hash: r.hash,
    signature: JSON.parse(r.signature) as number[],
  };
}
