/**
 * The few GitHub REST calls the action makes, over undici (already in the bundle; @actions/github would add
 * ~1.6 MB): find-or-update one pull request comment by a hidden marker (following every `Link: rel="next"`
 * page), and list the pull requests a pushed commit belongs to. The API base URL is read at call time
 * (GITHUB_API_URL, GitHub Enterprise included); HTTP(S)_PROXY / NO_PROXY are honoured like the runner does.
 */
import { EnvHttpProxyAgent, request, type Dispatcher } from "undici";
import { CcfConsortiumError, InputError } from "../core/errors.js";

/** GitHub's comment limit is 65,536 characters; keep a margin (as pulumi/actions does). */
export const MAX_COMMENT_CHARS = 64_000;
const MAX_PAGES = 100;

export interface GitHubApi {
  upsertComment(issueNumber: number, marker: string, body: string): Promise<{ id: number; action: "created" | "updated" }>;
  /** The body of the comment carrying `marker`, if there is one. */
  commentBody(issueNumber: number, marker: string): Promise<string | undefined>;
  pullRequestsForCommit(sha: string): Promise<{ number: number; state: string; merged: boolean; baseRef?: string }[]>;
}

interface Reply {
  status: number;
  json: unknown;
  link?: string;
}

export async function gitHubApi(token: string, owner: string, repo: string, env: NodeJS.ProcessEnv = process.env): Promise<GitHubApi> {
  if (!token) throw new InputError("github-token", "is empty; pass `github-token: ${{ github.token }}` (with `pull-requests: write` permission)");
  const base = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const dispatcher: Dispatcher = new EnvHttpProxyAgent();
  const repoPath = `/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`;

  async function call(method: "GET" | "POST" | "PATCH", url: string, body?: unknown): Promise<Reply> {
    let res: Dispatcher.ResponseData;
    try {
      res = await request(url, {
        method,
        dispatcher,
        headers: {
          authorization: `Bearer ${token}`,
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "ccf-consortium-action",
          ...(body !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        headersTimeout: 30_000,
        bodyTimeout: 30_000,
      });
    } catch (err) {
      const e = err as { code?: string; cause?: { code?: string }; message?: string };
      throw new CcfConsortiumError("TRANSPORT", `GitHub API ${method} ${new URL(url).pathname}: ${e.cause?.code ?? e.code ?? e.message}`);
    }
    const text = await res.body.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      const message = (json as { message?: unknown })?.message;
      const hint = res.statusCode === 403 || res.statusCode === 404 ? " (does the workflow grant `pull-requests: write`?)" : "";
      throw new CcfConsortiumError("TRANSPORT", `GitHub API ${method} ${new URL(url).pathname} failed with ${res.statusCode}${typeof message === "string" ? `: ${message.slice(0, 200)}` : ""}${hint}`);
    }
    const link = res.headers.link;
    return { status: res.statusCode, json, link: Array.isArray(link) ? link.join(", ") : link };
  }

  async function listAll<T>(path: string): Promise<T[]> {
    const items: T[] = [];
    let url: string | undefined = `${base}${path}${path.includes("?") ? "&" : "?"}per_page=100`;
    for (let page = 0; url && page < MAX_PAGES; page++) {
      const reply = await call("GET", url);
      if (!Array.isArray(reply.json)) throw new CcfConsortiumError("TRANSPORT", `GitHub API GET ${path}: expected a JSON array`);
      items.push(...(reply.json as T[]));
      url = nextLink(reply.link);
    }
    return items;
  }

  async function findComment(issueNumber: number, marker: string): Promise<{ id: number; body?: string } | undefined> {
    const comments = await listAll<{ id: number; body?: string }>(`${repoPath}/issues/${issueNumber}/comments`);
    return comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
  }

  return {
    async commentBody(issueNumber, marker) {
      return (await findComment(issueNumber, marker))?.body;
    },
    async upsertComment(issueNumber, marker, body) {
      const text = capComment(body.includes(marker) ? body : `${marker}\n${body}`);
      const mine = await findComment(issueNumber, marker);
      if (mine) {
        await call("PATCH", `${base}${repoPath}/issues/comments/${mine.id}`, { body: text });
        return { id: mine.id, action: "updated" };
      }
      const created = await call("POST", `${base}${repoPath}/issues/${issueNumber}/comments`, { body: text });
      return { id: (created.json as { id: number }).id, action: "created" };
    },
    async pullRequestsForCommit(sha) {
      const pulls = await listAll<{ number: number; state: string; merged_at?: string | null; base?: { ref?: string } }>(`${repoPath}/commits/${encodeURIComponent(sha)}/pulls`);
      return pulls.map((p) => ({ number: p.number, state: p.state, merged: Boolean(p.merged_at), baseRef: p.base?.ref }));
    },
  };
}

/** The `rel="next"` URL of a Link header. */
export function nextLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
    if (m && m[2]!.split(/\s+/).includes("next")) return m[1];
  }
  return undefined;
}

export function capComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n\n… (truncated: the full text is in the job summary)";
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
