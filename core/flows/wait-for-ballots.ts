import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal } from "../client/model.js";
import { CcfConsortiumError } from "../errors.js";
import { ProposalFailedError } from "./errors.js";
import { pendingOutcome, waitingMessage, type PendingOutcome } from "./outcome.js";
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

/** How often, at least, the same waiting message is repeated. */
const REPEAT_MS = 30_000;

/**
 * Polls an Open proposal until other members' ballots decide it or `waitMs` passes. Accepted → done;
 * Rejected/Failed/Dropped/Withdrawn → ProposalFailedError; the deadline → the pending outcome (not an
 * error). Progress names the ballots still needed and who has not voted, whenever that changes.
 */
export async function waitForBallots(
  client: GovernanceClient,
  proposal: Proposal,
  options: WaitForBallotsOptions,
): Promise<{ state: "done"; proposal?: Proposal } | PendingOutcome> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pollMs = Math.max(10, options.pollMs ?? 2_000);
  const deadline = now() + options.waitMs;
  const id = proposal.proposalId;
  let last = "";
  let lastAt = 0;
  for (;;) {
    const pending = await pendingOutcome(client, proposal, options.members);
    const message = waitingMessage(pending);
    if (message !== last || now() - lastAt >= REPEAT_MS) {
      const left = Math.max(0, Math.ceil((deadline - now()) / 1000));
      options.emit({ step: "waiting-for-ballots", message: `${message} (proposal ${id}, ${left} s left)`, proposalId: id });
      last = message;
      lastAt = now();
    }
    const remaining = deadline - now();
    if (remaining <= 0) return pending;
    await sleep(Math.min(pollMs, remaining));
    const next = await client.getProposal(id);
    if (!next) {
      // Completed and cleaned up (the node keeps only the latest completed proposal): is the change in place?
      if (options.isDone && (await options.isDone())) {
        options.emit({ step: "proposal-accepted", message: `proposal ${id} is no longer on the node and the change is in place`, proposalId: id });
        return { state: "done" };
      }
      throw new CcfConsortiumError("PROPOSAL_FAILED", `proposal ${id} is no longer on the node and the change is not in place (it was decided and cleaned up; run again to propose it anew)`);
    }
    if (next.state === "Accepted") {
      options.emit({ step: "proposal-accepted", message: `proposal ${id} Accepted`, proposalId: id });
      return { state: "done", proposal: next };
    }
    if (next.state !== "Open") throw new ProposalFailedError(id, next.state, next.failure);
    proposal = next;
  }
}
