import type { GovernanceClient } from "../client/governance-client.js";
import type { Outcome } from "./outcome.js";
import { type PassedProposal, type VotingOptions } from "./pass-proposal.js";
import { type ProgressListener } from "./progress.js";
/**
 * What a proposing flow reports: `done` (changed: a proposal passed; unchanged: nothing to do) or
 * `pending` (its proposal is Open, waiting for other members' ballots). `reused`: an identical Open
 * proposal was adopted instead of proposing again.
 */
export type ChangeResult = Outcome & {
    reused?: boolean;
};
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
/** The outcome part of what passProposal reports (without the ballots this call sent). */
export declare function resultOf(passed: PassedProposal): ChangeResult;
