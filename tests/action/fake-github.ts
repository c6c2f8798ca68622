/**
 * An HTTP server on 127.0.0.1 that plays the GitHub REST endpoints the Action
 * uses, with GitHub's response shapes (pagination through `Link` headers,
 * base64 contents, 201 on create). It records every request so tests can
 * assert what the Action did, and can inject failures (a 5xx before success,
 * a 403 on comments as for a fork's read-only token).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Recorded {
  method: string;
  path: string;
  body?: unknown;
}

export interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeState {
  owner: string;
  repo: string;
  /** Files of each commit: sha → path → content. */
  trees: Record<string, Record<string, string>>;
  pulls: Record<number, { files: Array<{ filename: string; status: string }> }>;
  comments: Record<number, Comment[]>;
  forbidComments?: boolean;
  /** Requests whose path starts with `prefix` answer `status` this many times before working. */
  faults?: Array<{ method: string; prefix: string; status: number; times: number }>;
}

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  private server: Server | null = null;
  private nextId = 1000;

  constructor(readonly state: FakeState) {}

  get url(): string {
    const addr = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${addr.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
    res.end(JSON.stringify(body));
  }

  private paginate(res: ServerResponse, url: URL, items: unknown[]): void {
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const links: string[] = [];
    const at = (p: number): string => {
      const u = new URL(url.toString());
      u.searchParams.set("page", String(p));
      return u.toString();
    };
    if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
    if (page > 1) links.push(`<${at(1)}>; rel="first"`, `<${at(page - 1)}>; rel="prev"`);
    this.send(res, 200, items.slice((page - 1) * perPage, page * perPage), links.length > 0 ? { link: links.join(", ") } : {});
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
    const method = req.method ?? "GET";
    this.requests.push({ method, path: url.pathname + url.search, ...(body ? { body } : {}) });

    const fault = this.state.faults?.find((f) => f.method === method && url.pathname.startsWith(f.prefix) && f.times > 0);
    if (fault) {
      fault.times--;
      return this.send(res, fault.status, { message: "Server Error" });
    }
    if (req.headers.authorization !== "token test-token") return this.send(res, 401, { message: "Bad credentials" });

    const base = `/repos/${this.state.owner}/${this.state.repo}`;
    const p = url.pathname;
    let m: RegExpMatchArray | null;
    if (method === "GET" && (m = p.match(new RegExp(`^${base}/pulls/(\\d+)/files$`)))) {
      const pull = this.state.pulls[Number(m[1])];
      if (!pull) return this.send(res, 404, { message: "Not Found" });
      return this.paginate(res, url, pull.files.map((f) => ({ sha: "0", additions: 1, deletions: 0, changes: 1, ...f })));
    }
    if (method === "GET" && (m = p.match(new RegExp(`^${base}/contents/(.+)$`)))) {
      const path = decodeURIComponent(m[1] as string);
      const ref = url.searchParams.get("ref") ?? "";
      const content = this.state.trees[ref]?.[path];
      if (content === undefined) return this.send(res, 404, { message: "Not Found" });
      const bytes = Buffer.from(content, "utf8");
      return this.send(res, 200, { type: "file", encoding: "base64", size: bytes.length, name: path.split("/").pop(), path, content: bytes.toString("base64") });
    }
    if (method === "GET" && (m = p.match(new RegExp(`^${base}/git/trees/([^/]+)$`)))) {
      const tree = this.state.trees[m[1] as string];
      if (!tree) return this.send(res, 404, { message: "Not Found" });
      return this.send(res, 200, { sha: m[1], truncated: false, tree: Object.entries(tree).map(([path, c]) => ({ path, type: "blob", mode: "100644", size: c.length })) });
    }
    if (method === "GET" && (m = p.match(new RegExp(`^${base}/compare/([^.]+)\\.\\.\\.(.+)$`)))) {
      const [before, after] = [this.state.trees[m[1] as string] ?? {}, this.state.trees[m[2] as string] ?? {}];
      const files = Object.keys(after).filter((k) => before[k] !== after[k]).map((filename) => ({ filename, status: before[filename] === undefined ? "added" : "modified" }));
      return this.send(res, 200, { files });
    }
    if ((m = p.match(new RegExp(`^${base}/issues/(\\d+)/comments$`)))) {
      const issue = Number(m[1]);
      const list = (this.state.comments[issue] ??= []);
      if (method === "GET") return this.paginate(res, url, list);
      if (method === "POST") {
        if (this.state.forbidComments) return this.send(res, 403, { message: "Resource not accessible by integration" });
        const c = { id: this.nextId++, body: String(body?.body ?? ""), user: { login: "github-actions[bot]", type: "Bot" } };
        list.push(c);
        return this.send(res, 201, c);
      }
    }
    if (method === "PATCH" && (m = p.match(new RegExp(`^${base}/issues/comments/(\\d+)$`)))) {
      if (this.state.forbidComments) return this.send(res, 403, { message: "Resource not accessible by integration" });
      for (const list of Object.values(this.state.comments)) {
        const c = list.find((x) => x.id === Number(m?.[1]));
        if (c) {
          c.body = String(body?.body ?? "");
          return this.send(res, 200, c);
        }
      }
      return this.send(res, 404, { message: "Not Found" });
    }
    this.send(res, 404, { message: `Not Found (fake): ${method} ${p}` });
  }
}
