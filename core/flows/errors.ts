import { CcfConsortiumError } from "../errors.js";
import type { Failure, ProposalState } from "../client/model.js";
import type { PendingOutcome } from "./outcome.js";
import { safeText } from "../text/safe-text.js";

/** A flow refuses, before signing anything, a change the service would reject. */
export class RefusedError extends CcfConsortiumError {
  constructor(reason: string) {
    super("REFUSED", reason);
  }
}

/** A proposal ended Failed/Rejected/Withdrawn/Dropped, or its actions failed to apply. */
export class ProposalFailedError extends CcfConsortiumError {
  readonly proposalId: string;
  readonly state: ProposalState;
  readonly failure: Failure | undefined;
  constructor(proposalId: string, state: ProposalState, failure?: Failure) {
    super("PROPOSAL_FAILED", `proposal ${proposalId} ended ${state}${failure?.reason ? `: ${failure.reason}` : ""}`);
    this.proposalId = proposalId;
    this.state = state;
    this.failure = failure;
  }
}

/**
 * A proposal still Open, waiting for other members' ballots, where the face must stop (a Pulumi step):
 * names the proposal, the ballots still needed and who has not voted, and that a re-run adopts it.
 */
export class ProposalPendingError extends CcfConsortiumError {
  readonly pending: PendingOutcome;
  constructor(what: string, pending: PendingOutcome, next: string) {
    const who = pending.pendingVoters.map((v) => `${v.memberId}${v.name ? ` (${safeText(v.name, { max: 64 })})` : ""}`).join(", ") || "(every Active member has voted)";
    super(
      "PROPOSAL_PENDING",
      `${what}: proposal ${pending.proposalId} is Open, waiting for other members' ballots: ${pending.ballotsNeeded} more accepting ballot${pending.ballotsNeeded === 1 ? "" : "s"} needed (${pending.rule}; ${pending.ballots} so far); not yet voted: ${who}. ${next}`,
    );
    this.pending = pending;
  }
}
