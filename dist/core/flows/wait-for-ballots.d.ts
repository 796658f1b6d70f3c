import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal } from "../client/model.js";
import { type PendingOutcome } from "./outcome.js";
import type { ProgressEvent } from "./progress.js";
export interface WaitForBallotsOptions {
    members: Member[];
    waitMs: number;
    /** Poll interval (default 2 s). */
    pollMs?: number;
    emit: (e: ProgressEvent) => void;
    /** Whether the change is in place, asked when the proposal is no longer on the node. */
    isDone?: () => Promise<boolean>;
    /** Injected clock and sleep (tests). */
    now?: () => number;
    sleep?: (ms: number) => Promise<void>;
}
/**
 * Polls an Open proposal until other members' ballots decide it or `waitMs` passes. Accepted → done;
 * Rejected/Failed/Dropped/Withdrawn → ProposalFailedError; the deadline → the pending outcome (not an
 * error). Progress names the ballots still needed and who has not voted, whenever that changes.
 */
export declare function waitForBallots(client: GovernanceClient, proposal: Proposal, options: WaitForBallotsOptions): Promise<{
    state: "done";
    proposal?: Proposal;
} | PendingOutcome>;
