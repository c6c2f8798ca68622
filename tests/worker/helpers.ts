import { exports } from "cloudflare:workers";

export const BASE = "https://postlint.test";

export function call(path: string, init: RequestInit & { key?: string | null; json?: unknown } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.key !== null) headers.set("authorization", `Bearer ${init.key ?? "key-all"}`);
  let body = init.body;
  if (init.json !== undefined) {
    headers.set("content-type", "application/json");
    body = JSON.stringify(init.json);
  }
  // `exports.default` is the Worker's default export (src/worker/index.ts), run in the same isolate.
  return (exports as unknown as { default: Fetcher }).default.fetch(new Request(`${BASE}${path}`, { ...init, headers, body: body ?? null }));
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

export const GOOD_EN = "Know who you write for. List the questions your customers asked last quarter, and answer one per post.";
export const PROMO_EN = "Save 40% with code FALL40 today only! Sign up now at our shop. Win a free audit in our giveaway!";
export const PROMO_FR = "Profitez de -40 % avec le code AUTOMNE. Dernière chance, inscrivez-vous vite ! Participez à notre jeu concours !";
