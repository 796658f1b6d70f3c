import type { GovernanceClient } from "../client/governance-client.js";
import type { Member, Proposal, ServiceInfo } from "../client/model.js";
export interface LiveState {
    members: Member[];
    service: ServiceInfo;
    /** Open proposals; only read when asked for. */
    openProposals: Proposal[];
    /** CCF major version when it was needed and known. */
    ccfVersion?: number;
}
/**
 * Reads what a flow decides on, in as few round trips as possible: the API flavour (its detection
 * answer is the members list), then service info, Open proposals and the version in parallel.
 */
export declare function readLiveState(client: GovernanceClient, needs?: {
    proposals?: boolean;
    version?: boolean;
}): Promise<LiveState>;
