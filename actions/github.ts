/**
 * The few GitHub REST calls the action makes: find-or-update one pull request comment by a hidden marker
 * (paginating the whole list), and find the pull requests a pushed commit belongs to. The API base URL is read
 * at call time (GITHUB_API_URL), never at module load.
 */
import { CcfConsortiumError } from "../core/errors.js";

/** GitHub's comment limit is 65,536 characters; keep a margin (as pulumi/actions does). */
export const MAX_COMMENT_CHARS = 64_000;

type Octokit = ReturnType<typeof import("@actions/github").getOctokit>;

export interface GitHubApi {
  upsertComment(issueNumber: number, marker: string, body: string): Promise<{ id: number; action: "created" | "updated" }>;
  pullRequestsForCommit(sha: string): Promise<{ number: number; state: string; merged: boolean; baseRef?: string }[]>;
}

export async function gitHubApi(token: string, owner: string, repo: string, env: NodeJS.ProcessEnv = process.env): Promise<GitHubApi> {
  if (!token) throw new CcfConsortiumError("INVALID_INPUT", "github-token: is empty; pass `github-token: ${{ github.token }}` (needs `pull-requests: write`)");
  const { getOctokit } = await import("@actions/github");
  const octokit: Octokit = getOctokit(token, { baseUrl: (env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "") });
  return {
    async upsertComment(issueNumber, marker, body) {
      const text = capComment(body.includes(marker) ? body : `${marker}\n${body}`);
      const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
      const mine = comments.find((c) => typeof c.body === "string" && c.body.includes(marker));
      if (mine) {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body: text });
        return { id: mine.id, action: "updated" };
      }
      const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
      return { id: created.data.id, action: "created" };
    },
    async pullRequestsForCommit(sha) {
      const res = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: sha });
      return res.data.map((p) => ({ number: p.number, state: p.state, merged: Boolean(p.merged_at), baseRef: p.base?.ref }));
    },
  };
}

export function capComment(body: string): string {
  if (body.length <= MAX_COMMENT_CHARS) return body;
  const note = "\n\n… (truncated: the full plan is in the job summary and the `plan` output)";
  return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
