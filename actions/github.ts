/**
 * The action's GitHub calls, through `@actions/github` (Octokit with the REST methods and pagination; loaded
 * only by the commands that talk to GitHub): find-or-update one pull request comment by a hidden marker
 * (following the pages until it is found), and list the pull requests a pushed commit belongs to. The API base
 * URL is passed explicitly, read at call time (GITHUB_API_URL, GitHub Enterprise included): @actions/github
 * reads it once, when the module loads. Every request is bounded in time and size (a fetch of our own, which
 * also honours HTTP(S)_PROXY / NO_PROXY like the runner does).
 */
import { EnvHttpProxyAgent, fetch as undiciFetch, type Dispatcher } from "undici";
import { CcfConsortiumError, InputError } from "../core/errors.js";

/** GitHub's comment limit is 65,536 characters; keep a margin (as pulumi/actions does). */
export const MAX_COMMENT_CHARS = 64_000;
/** Pages followed at most (100 items each). */
export const MAX_PAGES = 100;
/** One reply at most: a page of 100 comments of 65,536 characters, with room for the JSON around them. */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
export const REQUEST_TIMEOUT_MS = 30_000;

export interface GitHubApi {
  upsertComment(issueNumber: number, marker: string, body: string): Promise<{ id: number; action: "created" | "updated" }>;
  pullRequestsForCommit(sha: string): Promise<{ number: number; state: string; merged: boolean; baseRef?: string }[]>;
}

export async function gitHubApi(token: string, owner: string, repo: string, env: NodeJS.ProcessEnv = process.env): Promise<GitHubApi> {
  if (!token) throw new InputError("github-token", "is empty; pass `github-token: ${{ github.token }}` (with `pull-requests: write` permission)");
  const baseUrl = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, "");
  const { getOctokit } = await import("@actions/github");
  const octokit = getOctokit(token, {
    baseUrl,
    userAgent: "ccf-consortium-action",
    request: { fetch: boundedFetch(new EnvHttpProxyAgent()) },
  });

  const call = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw gitHubError(what, err);
    }
  };

  return {
    async upsertComment(issueNumber, marker, body) {
      const text = capComment(body.includes(marker) ? body : `${marker}\n${body}`);
      const listing = `GET /repos/${owner}/${repo}/issues/${issueNumber}/comments`;
      const mine = await call(listing, async () => {
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
          const found = page.data.find((c) => typeof c.body === "string" && c.body.includes(marker));
          if (found) return found;
          if (++pages >= MAX_PAGES) break;
        }
        return undefined;
      });
      if (mine) {
        await call(`PATCH /repos/${owner}/${repo}/issues/comments/${mine.id}`, () => octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text }));
        return { id: mine.id, action: "updated" };
      }
      const created = await call(`POST /repos/${owner}/${repo}/issues/${issueNumber}/comments`, () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text }),
      );
      return { id: created.data.id, action: "created" };
    },
    async pullRequestsForCommit(sha) {
      const pulls = await call(`GET /repos/${owner}/${repo}/commits/${sha}/pulls`, async () => {
        const all: { number: number; state: string; merged_at?: string | null; base?: { ref?: string } }[] = [];
        let pages = 0;
        for await (const page of octokit.paginate.iterator(octokit.rest.repos.listPullRequestsAssociatedWithCommit, { owner, repo, commit_sha: sha, per_page: 100 })) {
          all.push(...page.data);
          if (++pages >= MAX_PAGES) break;
        }
        return all;
      });
      return pulls.map((p) => ({ number: p.number, state: p.state, merged: Boolean(p.merged_at), baseRef: p.base?.ref }));
    },
  };
}

/** One line for a failed call: the route, GitHub's status and message, and the permission hint. */
function gitHubError(what: string, err: unknown): CcfConsortiumError {
  if (err instanceof CcfConsortiumError) return err;
  const e = err as { status?: number; message?: string; response?: { data?: { message?: unknown } } };
  if (typeof e.status === "number" && e.status >= 400) {
    const message = e.response?.data?.message;
    const hint = e.status === 403 || e.status === 404 ? " (does the workflow grant `pull-requests: write`?)" : "";
    return new CcfConsortiumError("TRANSPORT", `GitHub API ${what} failed with ${e.status}${typeof message === "string" ? `: ${message.slice(0, 200)}` : ""}${hint}`);
  }
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return new CcfConsortiumError("TRANSPORT", `GitHub API ${what}: ${cause?.code ?? cause?.message ?? e.message ?? String(err)}`);
}

/**
 * A fetch for Octokit with a deadline per request and a cap on the reply: the body is read here (at most
 * `maxBytes`) and handed on as a complete Response.
 */
export function boundedFetch(dispatcher: Dispatcher, timeoutMs = REQUEST_TIMEOUT_MS, maxBytes = MAX_RESPONSE_BYTES): typeof fetch {
  return (async (url: string | URL | Request, init?: RequestInit) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    const target = new URL(typeof url === "string" || url instanceof URL ? url : url.url);
    const where = `${init?.method ?? "GET"} ${target.pathname}`;
    try {
      const res = await undiciFetch(url as string, { ...(init as object), dispatcher, signal } as Parameters<typeof undiciFetch>[1]);
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > maxBytes) {
        await res.body?.cancel();
        throw new CcfConsortiumError("TRANSPORT", `GitHub API ${where}: the reply is larger than ${maxBytes} bytes`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body) {
          size += chunk.length;
          if (size > maxBytes) {
            await res.body.cancel().catch(() => undefined);
            throw new CcfConsortiumError("TRANSPORT", `GitHub API ${where}: the reply is larger than ${maxBytes} bytes`);
          }
          chunks.push(chunk);
        }
      }
      const empty = [101, 204, 205, 304].includes(res.status);
      const out = new Response(empty ? null : Buffer.concat(chunks), { status: res.status, statusText: res.statusText, headers: res.headers as unknown as Headers });
      Object.defineProperty(out, "url", { value: res.url });
      return out;
    } catch (err) {
      if (err instanceof CcfConsortiumError) throw err;
      if (deadline.aborted) throw new CcfConsortiumError("TRANSPORT", `GitHub API ${where}: no reply within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`);
      throw err;
    }
  }) as typeof fetch;
}

export function capComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n\n… (truncated: the full text is in the job summary)";
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
