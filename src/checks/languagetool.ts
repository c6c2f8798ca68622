/**
 * Optional LanguageTool support: the post's prose goes to a LanguageTool server
 * (`POST /v2/check` with the annotated-text `data` parameter, so that markup is
 * left out), and its matches come back as findings mapped to the source. The
 * fetch function is passed in: the engine does no I/O of its own.
 */
import { prepare, review } from "./engine/review.js";
import type { Report, ReviewOptions } from "./report-types.js";
import type { ReportDescriptor } from "./types.js";

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal?: unknown }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

/**
 * The few web-platform globals used here, typed locally: they exist in Node and
 * in workerd alike, but the engine is compiled without DOM or Node typings.
 */
const web = globalThis as unknown as {
  fetch?: FetchLike;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  AbortController: new () => { signal: unknown; abort(): void };
  URLSearchParams: new (init: Record<string, string>) => { toString(): string };
};

interface LtMatch {
  message: string;
  shortMessage?: string;
  offset: number;
  length: number;
  replacements?: Array<{ value: string }>;
  rule?: { id?: string; category?: { id?: string } };
}

export const LANGUAGETOOL_RULE = "grammar/languagetool";

/** Like `review`, plus the configured LanguageTool server's matches. Never rejects because of the server. */
export async function reviewAsync(source: string, options: ReviewOptions & { fetch?: FetchLike } = {}): Promise<Report> {
  const { fetch: fetchImpl, ...rest } = options;
  const prep = prepare(source, rest);
  const lt = prep.config.languagetool;
  if (!lt || prep.language.code === "und" || prep.config.rules[LANGUAGETOOL_RULE] === "off") return review(source, rest);
  const external = await languageToolFindings(prep.doc.blocks, prep.language.code, lt, fetchImpl ?? (web.fetch as FetchLike));
  return review(source, { ...rest, external });
}

export async function languageToolFindings(
  blocks: ReadonlyArray<{ text: string; toSource(start: number, end: number): readonly [number, number]; range: readonly [number, number] }>,
  lang: "fr" | "en",
  lt: { url: string; level: "default" | "picky"; timeoutMs: number },
  fetchImpl: FetchLike,
): Promise<Array<ReportDescriptor & { ruleId: string }>> {
  // Annotated text: each block as text, separated by markup that reads as a paragraph break.
  const annotation: Array<{ text: string } | { markup: string; interpretAs: string }> = [];
  const starts: number[] = [];
  let at = 0;
  blocks.forEach((b, i) => {
    if (i > 0) {
      annotation.push({ markup: "\n\n", interpretAs: "\n\n" });
      at += 2;
    }
    starts.push(at);
    annotation.push({ text: b.text });
    at += b.text.length;
  });
  const body = new web.URLSearchParams({ language: lang === "fr" ? "fr" : "en-US", data: JSON.stringify({ annotation }), level: lt.level }).toString();
  const controller = new web.AbortController();
  const timer = web.setTimeout(() => controller.abort(), lt.timeoutMs);
  const where = blocks[0] ? ([blocks[0].range[0], blocks[0].range[0]] as const) : ([0, 0] as const);
  try {
    const res = await fetchImpl(`${lt.url.replace(/\/+$/, "")}/v2/check`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: controller.signal,
    });
    if (!res.ok) return [unavailable(where, `answered HTTP ${res.status}`)];
    const json = (await res.json()) as { matches?: LtMatch[] };
    const out: Array<ReportDescriptor & { ruleId: string }> = [];
    for (const m of json.matches ?? []) {
      // The block holding the match: the last one starting at or before its offset.
      let i = starts.length - 1;
      while (i > 0 && (starts[i] as number) > m.offset) i--;
      const block = blocks[i];
      if (!block) continue;
      const local = m.offset - (starts[i] as number);
      if (local < 0 || local > block.text.length) continue;
      out.push({
        ruleId: LANGUAGETOOL_RULE,
        range: block.toSource(local, Math.min(block.text.length, local + m.length)),
        message: `${m.message}${m.rule?.id ? ` (LanguageTool ${m.rule.id})` : ""}`,
        suggestions: (m.replacements ?? []).slice(0, 5).map((r) => r.value),
      });
    }
    return out;
  } catch (err) {
    const why = (err as Error).name === "AbortError" ? `did not answer within ${lt.timeoutMs} ms` : `is unreachable (${(err as Error).message})`;
    return [unavailable(where, why)];
  } finally {
    web.clearTimeout(timer);
  }
}

function unavailable(range: readonly [number, number], why: string): ReportDescriptor & { ruleId: string } {
  return { ruleId: LANGUAGETOOL_RULE, range, message: `LanguageTool server ${why}: its checks were skipped; the rest of the review ran.` };
}
