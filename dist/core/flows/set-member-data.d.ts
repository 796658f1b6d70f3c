import type { GovernanceClient } from "../client/governance-client.js";
import { type VotingOptions } from "./pass-proposal.js";
import { type ProgressListener } from "./progress.js";
import { type ChangeResult } from "./remove-member.js";
export interface SetMemberDataOptions extends VotingOptions {
    memberId: string;
    /** A JSON object (CCF's set_member_data refuses null). */
    memberData: Record<string, unknown>;
    onProgress?: ProgressListener;
}
/** Replaces a member's member_data by proposal; nothing if it already has exactly that data. */
export declare function setMemberData(client: GovernanceClient, options: SetMemberDataOptions): Promise<ChangeResult & {
    memberId: string;
}>;
