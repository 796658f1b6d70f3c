/**
 * Ballot evaluation: a ballot is a JavaScript module `export function vote(proposal, proposerId) {...}`.
 * Each evaluation runs in a fresh, isolated `node:vm` context (no require, no process, no timers) with a
 * time limit, like CCF's per-call QuickJS context. `vm.SourceTextModule` needs a flag on Node 20, so the
 * module's `export` keywords are removed and the source runs as a script that then calls `vote`.
 *
 * Outcomes (CCF `resolve_proposal`):
 *  - the source does not compile or exports no `vote` function → thrown (the request fails with 500 and
 *    the ballot is not recorded — CCF's `get_exported_function` throws outside the per-ballot try);
 *  - `vote` throws or times out → a vote failure `{reason, trace}` (reason "Operation took too long to
 *    complete." on timeout); the member has no vote;
 *  - otherwise the vote is `true` only for the boolean true (QuickJS `is_true`).
 */
import { createContext, Script } from "node:vm";
import type { Failure } from "./state.js";

export const DEFAULT_BALLOT_TIMEOUT_MS = 1000;

export type BallotOutcome = { vote: boolean } | { failure: Failure };

/** Removes `export` from top-level declarations and `export { ... }` lists, so the module runs as a script. */
export function moduleToScript(source: string): string {
  return source
    .replace(/(^|[\s;}])export\s+default\s+(?=(async\s+)?function\b)/g, "$1")
    .replace(/(^|[\s;}])export\s+(?=(async\s+)?function\b|const\b|let\b|var\b|class\b)/g, "$1")
    // `[^{}]`, not `[^}]`: a scan stops at the next brace, so a ballot of many unclosed `export {` costs linear time.
    .replace(/(^|[\s;}])export\s*\{[^{}]*\}\s*;?/g, "$1");
}

function describe(err: unknown): { reason: string; trace?: string } {
  if (err && typeof err === "object" && "message" in err) {
    const e = err as Error;
    const frames = typeof e.stack === "string" ? e.stack.split("\n").filter((l) => /^\s+at /.test(l)) : [];
    return { reason: `${e.name ?? "Error"}: ${e.message}`, trace: frames.length ? frames.join("\n") + "\n" : undefined };
  }
  return { reason: String(err) };
}

interface LoadedBallot {
  sandbox: Record<string, unknown>;
  context: ReturnType<typeof createContext>;
  vote: unknown;
}

type LoadResult = { loaded: LoadedBallot } | { failure: Failure };

/** Compiles and loads a ballot module; throws when it does not compile or exports no `vote` function. */
function loadBallot(source: string, name: string, timeout: number): LoadResult {
  const sandbox: Record<string, unknown> = Object.create(null);
  const context = createContext(sandbox, { codeGeneration: { strings: false, wasm: false }, microtaskMode: "afterEvaluate" });
  let script: Script;
  try {
    script = new Script(`"use strict";\n${moduleToScript(source)}\n;typeof vote === "function" ? vote : undefined;`, { filename: name });
  } catch (err) {
    throw new Error(`Failed to compile ${name}: ${describe(err).reason}`);
  }
  let vote: unknown;
  try {
    vote = script.runInContext(context, { timeout });
  } catch (err) {
    // Top-level code of the module threw (or ran too long): CCF fails while loading the module.
    if ((err as { code?: string })?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { failure: { reason: "Operation took too long to complete." } };
    throw new Error(`Failed to load ${name}: ${describe(err).reason}`);
  }
  if (typeof vote !== "function") throw new Error(`Export 'vote' of module '${name}' is not a function`);
  return { loaded: { sandbox, context, vote } };
}

/** Checks that a ballot compiles and exports `vote`, without calling it (classic API's up-front check). */
export function compileBallot(source: string, options: { name: string; timeoutMs?: number }): void {
  loadBallot(source, options.name, options.timeoutMs ?? DEFAULT_BALLOT_TIMEOUT_MS);
}

/**
 * Evaluates one ballot. `name` identifies it in compile errors (CCF: `public:ccf.gov.proposals_info[<p>].ballots[<m>]`).
 * `proposalId` is the classic API's third argument.
 */
export function evaluateBallot(
  source: string,
  proposal: string,
  proposerId: string,
  options: { name: string; timeoutMs?: number; proposalId?: string },
): BallotOutcome {
  const timeout = options.timeoutMs ?? DEFAULT_BALLOT_TIMEOUT_MS;
  const load = loadBallot(source, options.name, timeout);
  if ("failure" in load) return load;
  const { sandbox, context, vote } = load.loaded;
  sandbox.__vote = vote;
  sandbox.__args = options.proposalId === undefined ? [proposal, proposerId] : [proposal, proposerId, options.proposalId];
  try {
    const result = new Script("__vote(...__args)", { filename: options.name }).runInContext(context, { timeout });
    return { vote: result === true };
  } catch (err) {
    if ((err as { code?: string })?.code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return { failure: { reason: "Operation took too long to complete." } };
    const d = describe(err);
    return { failure: d.trace === undefined ? { reason: d.reason } : { reason: d.reason, trace: d.trace } };
  }
}
