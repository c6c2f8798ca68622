/**
 * Retries GitHub API calls that fail for reasons that pass: 5xx, and the
 * secondary rate limit (403/429 with `retry-after` or a rate-limit message).
 * Backoff doubles from `POSTLINT_RETRY_BASE_MS` (default 1 s).
 */
export interface HttpErrorLike {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined> };
}

export const MAX_ATTEMPTS = 4;

export function isRetryable(err: unknown): { retry: boolean; waitMs?: number } {
  const e = err as HttpErrorLike;
  const status = e?.status ?? 0;
  if (status >= 500) return { retry: true };
  const retryAfter = e?.response?.headers?.["retry-after"];
  if ((status === 403 || status === 429) && (retryAfter !== undefined || /secondary rate limit|rate limit exceeded/i.test(e.message ?? ""))) {
    return retryAfter !== undefined ? { retry: true, waitMs: Number(retryAfter) * 1000 } : { retry: true };
  }
  return { retry: false };
}

export async function withRetry<T>(what: string, fn: () => Promise<T>, log: (s: string) => void, baseMs = Number(process.env.POSTLINT_RETRY_BASE_MS ?? 1000)): Promise<T> {
  let attempt = 0;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      attempt++;
      const r = isRetryable(err);
      if (!r.retry || attempt >= MAX_ATTEMPTS) throw err;
      const wait = Math.min(r.waitMs ?? baseMs * 2 ** (attempt - 1), 60_000);
      log(`${what}: GitHub answered ${(err as HttpErrorLike).status}; retrying in ${wait} ms (attempt ${attempt + 1}/${MAX_ATTEMPTS})`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** One line for a failed call, with what to do about it. */
export function explain(what: string, err: unknown): string {
  const e = err as HttpErrorLike;
  switch (e?.status) {
    case 401:
      return `${what}: GitHub refused the token (401). Check the github-token input.`;
    case 403:
      return `${what}: the token may not do this (403). Grant \`contents: read\` and \`pull-requests: write\` in the workflow's permissions; on pull requests from forks the token is read-only (see README).`;
    case 404:
      return `${what}: not found (404): the repository, commit or file is not visible to this token.`;
    default:
      return `${what}: ${e?.status ? `GitHub answered ${e.status}: ` : ""}${e?.message ?? String(err)}`;
  }
}
