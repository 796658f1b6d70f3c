import type { Failure } from "./state.js";
export declare const DEFAULT_BALLOT_TIMEOUT_MS = 1000;
export type BallotOutcome = {
    vote: boolean;
} | {
    failure: Failure;
};
/** Removes `export` from top-level declarations and `export { ... }` lists, so the module runs as a script. */
export declare function moduleToScript(source: string): string;
/** Checks that a ballot compiles and exports `vote`, without calling it (classic API's up-front check). */
export declare function compileBallot(source: string, options: {
    name: string;
    timeoutMs?: number;
}): void;
/**
 * Evaluates one ballot. `name` identifies it in compile errors (CCF: `public:ccf.gov.proposals_info[<p>].ballots[<m>]`).
 * `proposalId` is the classic API's third argument.
 */
export declare function evaluateBallot(source: string, proposal: string, proposerId: string, options: {
    name: string;
    timeoutMs?: number;
    proposalId?: string;
}): BallotOutcome;
