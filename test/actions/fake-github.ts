/**
 * A local stand-in for the GitHub REST endpoints the action uses: list (paginated, Link header), create and
 * update issue comments, and list the pull requests associated with a commit. Requires the token it is given.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  created_at: string;
  updated_at: string;
}

export interface FakeGitHub {
  /** For GITHUB_API_URL. */
  apiUrl: string;
  /** owner/repo served. */
  repository: string;
  comments: Map<number, FakeComment[]>;
  /** commit sha → pull request numbers (merged). */
  commitPulls: Map<string, number[]>;
  requests: { method: string; path: string }[];
  addComment(issue: number, body: string, login?: string): FakeComment;
  close(): Promise<void>;
}

export async function startFakeGitHub(opts: { repository: string; token: string }): Promise<FakeGitHub> {
  const comments = new Map<number, FakeComment[]>();
  const commitPulls = new Map<string, number[]>();
  const requests: FakeGitHub["requests"] = [];
  let nextId = 1000;
  const now = () => new Date().toISOString();
  const addComment = (issue: number, body: string, login = "github-actions[bot]"): FakeComment => {
    const c: FakeComment = { id: nextId++, body, user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" }, created_at: now(), updated_at: now() };
    comments.set(issue, [...(comments.get(issue) ?? []), c]);
    return c;
  };
  const repo = `/repos/${opts.repository}`;
  let base = "";

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      requests.push({ method: req.method ?? "", path: url.pathname + url.search });
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
        res.end(body === undefined ? "" : JSON.stringify(body));
      };
      const auth = req.headers.authorization ?? "";
      if (auth !== `token ${opts.token}` && auth !== `Bearer ${opts.token}`) {
        return send(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" });
      }
      let body: { body?: unknown } = {};
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
      } catch {
        return send(400, { message: "Problems parsing JSON" });
      }
      const path = url.pathname;
      let m: RegExpExecArray | null;
      if ((m = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(path))) {
        const issue = Number(m[1]);
        if (req.method === "GET") {
          const all = comments.get(issue) ?? [];
          const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), 100);
          const page = Number(url.searchParams.get("page") ?? 1);
          const last = Math.max(1, Math.ceil(all.length / perPage));
          const links: string[] = [];
          const link = (p: number, rel: string) => `<${base}${path}?per_page=${perPage}&page=${p}>; rel="${rel}"`;
          if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
          if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
          return send(200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(", ") } : {});
        }
        if (req.method === "POST") {
          if (typeof body.body !== "string") return send(422, { message: "Invalid request.\n\n\"body\" wasn't supplied." });
          return send(201, addComment(issue, body.body));
        }
      }
      if ((m = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(path)) && req.method === "PATCH") {
        const id = Number(m[1]);
        for (const list of comments.values()) {
          const c = list.find((x) => x.id === id);
          if (c) {
            if (typeof body.body !== "string") return send(422, { message: "Invalid request." });
            c.body = body.body;
            c.updated_at = now();
            return send(200, c);
          }
        }
        return send(404, { message: "Not Found" });
      }
      if ((m = new RegExp(`^${repo}/commits/([0-9a-f]{7,40})/pulls$`).exec(path)) && req.method === "GET") {
        const pulls = (commitPulls.get(m[1]!) ?? []).map((n) => ({
          number: n,
          state: "closed",
          merged_at: now(),
          title: `PR ${n}`,
          base: { ref: "main" },
          head: { ref: `branch-${n}` },
        }));
        return send(200, pulls);
      }
      send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    apiUrl: base,
    repository: opts.repository,
    comments,
    commitPulls,
    requests,
    addComment,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
