import type { GovernanceClient } from "../client/governance-client.js";
import { type VotingOptions } from "./pass-proposal.js";
import { type ProgressListener } from "./progress.js";
export interface ChangeResult {
    /** A proposal was passed (false: nothing to do, or still Open waiting for ballots). */
    changed: boolean;
    proposalId?: string;
    state?: "Accepted" | "Open";
    transactionId?: string;
}
export interface RemoveMemberOptions extends VotingOptions {
    /** The member to remove: its id, or its certificate. */
    memberId?: string;
    certificatePem?: string;
    onProgress?: ProgressListener;
}
/** Removes a member by proposal and ballots; nothing if it is not a member. */
export declare function removeMember(client: GovernanceClient, options: RemoveMemberOptions): Promise<ChangeResult & {
    memberId: string;
}>;
export declare function resultOf(passed: {
    proposalId: string;
    state: "Accepted" | "Open" | string;
    transactionId?: string;
}): ChangeResult;
