import { CcfConsortiumError } from "../errors.js";
import type { Failure, ProposalState } from "../client/model.js";
/** A flow refuses, before signing anything, a change the service would reject. */
export declare class RefusedError extends CcfConsortiumError {
    constructor(reason: string);
}
/** A proposal ended Failed/Rejected/Withdrawn/Dropped, or its actions failed to apply. */
export declare class ProposalFailedError extends CcfConsortiumError {
    readonly proposalId: string;
    readonly state: ProposalState;
    readonly failure: Failure | undefined;
    constructor(proposalId: string, state: ProposalState, failure?: Failure);
}
