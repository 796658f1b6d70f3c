/**
 * Ballot evaluation: a ballot is a JavaScript module `export function vote(proposal, proposerId) {...}`,
 * run in the constitution engine (QuickJS, core/constitution) in a runtime of its own per evaluation, as
 * CCF runs each ballot in a fresh context: nothing leaks between evaluations, no host functions, `eval`
 * refused, a time limit and the engine's memory limit.
 *
 * Outcomes (CCF `resolve_proposal`):
 *  - the source does not compile or exports no `vote` function → thrown (the request fails with 500 and
 *    the ballot is not recorded — CCF's `get_exported_function` throws outside the per-ballot try);
 *  - `vote` throws or runs out of time/memory → a vote failure `{reason, trace}` (reason "Operation took
 *    too long to complete." on timeout); the member has no vote;
 *  - otherwise the vote is `true` only for the boolean true (QuickJS `is_true`).
 */
import { ConstitutionError, ScriptModule, TOO_LONG, type EngineLimits } from "../core/constitution/index.js";
import type { Failure } from "./state.js";

export const DEFAULT_BALLOT_TIMEOUT_MS = 1000;

export type BallotOutcome = { vote: boolean } | { failure: Failure };

/** Ballots get no `ccf` global; `eval` throws as with code generation from strings disabled. */
const BALLOT_PRELUDE = `(function (native) {
  "use strict";
  globalThis.eval = function () { throw new EvalError("Code generation from strings disallowed for this context"); };
})`;

function failureOf(err: ConstitutionError): Failure {
  if (err.limit === "time") return { reason: TOO_LONG };
  if (err.limit === "memory") return { reason: "InternalError: out of memory" };
  const s = err.script;
  if (!s) return { reason: err.message };
  return s.stack ? { reason: `${s.name}: ${s.message}`, trace: s.stack } : { reason: `${s.name}: ${s.message}` };
}

type LoadResult = { module: ScriptModule } | { failure: Failure };

/** Compiles and loads a ballot module; throws when it does not compile or exports no `vote` function. */
function loadBallot(source: string, name: string, timeoutMs: number, limits?: Partial<EngineLimits>): LoadResult {
  let module: ScriptModule;
  try {
    module = new ScriptModule(source, { name, prelude: BALLOT_PRELUDE, limits: { ...limits, timeMs: timeoutMs } });
  } catch (err) {
    if (!(err instanceof ConstitutionError)) throw err;
    // Top-level code that ran too long: CCF fails while loading the module with its timeout text.
    if (err.limit === "time") return { failure: { reason: TOO_LONG } };
    const reason = failureOf(err).reason;
    throw new Error(err.script?.name === "SyntaxError" ? `Failed to compile ${name}: ${reason}` : `Failed to load ${name}: ${reason}`);
  }
  if (!module.hasFunction("vote")) {
    module.dispose();
    throw new Error(`Export 'vote' of module '${name}' is not a function`);
  }
  return { module };
}

/** Checks that a ballot compiles and exports `vote`, without calling it (classic API's up-front check). */
export function compileBallot(source: string, options: { name: string; timeoutMs?: number }): void {
  const load = loadBallot(source, options.name, options.timeoutMs ?? DEFAULT_BALLOT_TIMEOUT_MS);
  if ("module" in load) load.module.dispose();
}

/**
 * Evaluates one ballot. `name` identifies it in compile errors (CCF: `public:ccf.gov.proposals_info[<p>].ballots[<m>]`).
 * `proposalId` is the classic API's third argument.
 */
export function evaluateBallot(
  source: string,
  proposal: string,
  proposerId: string,
  options: { name: string; timeoutMs?: number; proposalId?: string; limits?: Partial<EngineLimits> },
): BallotOutcome {
  const load = loadBallot(source, options.name, options.timeoutMs ?? DEFAULT_BALLOT_TIMEOUT_MS, options.limits);
  if ("failure" in load) return load;
  const { module } = load;
  try {
    const args = options.proposalId === undefined ? [proposal, proposerId] : [proposal, proposerId, options.proposalId];
    return { vote: module.call("vote", args) === true };
  } catch (err) {
    if (err instanceof ConstitutionError) return { failure: failureOf(err) };
    throw err;
  } finally {
    module.dispose();
  }
}
