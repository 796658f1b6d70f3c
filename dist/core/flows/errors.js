import { CcfConsortiumError } from "../errors.js";
/** A flow refuses, before signing anything, a change the service would reject. */
export class RefusedError extends CcfConsortiumError {
    constructor(reason) {
        super("REFUSED", reason);
    }
}
/** A proposal ended Failed/Rejected/Withdrawn/Dropped, or its actions failed to apply. */
export class ProposalFailedError extends CcfConsortiumError {
    proposalId;
    state;
    failure;
    constructor(proposalId, state, failure) {
        super("PROPOSAL_FAILED", `proposal ${proposalId} ended ${state}${failure?.reason ? `: ${failure.reason}` : ""}`);
        this.proposalId = proposalId;
        this.state = state;
        this.failure = failure;
    }
}
