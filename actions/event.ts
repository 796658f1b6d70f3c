/** The workflow run's event, read at call time from the runner's environment. */
import { readFileSync } from "node:fs";
import { InputError } from "../core/errors.js";

export interface RunContext {
  eventName: string;
  payload: Record<string, any>;
  owner: string;
  repo: string;
  sha: string;
  /** The pull request the event is about (pull_request, pull_request_target), if any. */
  pullRequestNumber?: number;
  workspace: string;
  runnerTemp: string;
  serverUrl: string;
  runUrl?: string;
}

export function runContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (err) {
      throw new InputError("GITHUB_EVENT_PATH", `cannot read the event payload (${(err as Error).message})`);
    }
  }
  const [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? "/").split("/");
  const pr = payload.pull_request?.number;
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  return {
    eventName,
    payload,
    owner,
    repo,
    sha: payload.after ?? env.GITHUB_SHA ?? payload.pull_request?.head?.sha ?? "",
    pullRequestNumber: typeof pr === "number" ? pr : undefined,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    runnerTemp: env.RUNNER_TEMP ?? "",
    serverUrl,
    runUrl: env.GITHUB_RUN_ID && owner ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
  };
}
