import type { GovernanceClient } from "../client/governance-client.js";
import type { MemberStatus, RecoveryRole } from "../client/model.js";
import { type VotingOptions } from "./pass-proposal.js";
import { type ProgressListener } from "./progress.js";
import type { StateReader } from "./state-reader.js";
import { type ChangeResult } from "./remove-member.js";
export interface AddMemberOptions extends VotingOptions {
    certificatePem: string;
    encryptionPublicKeyPem?: string;
    memberData?: unknown;
    /** CCF 6.x+; Participant (the default with an encryption key) is left implicit on older versions. */
    recoveryRole?: RecoveryRole;
    onProgress?: ProgressListener;
    /**
     * A shared view of the live state (one process, many flows): decides on it instead of reading the
     * service afresh, and records this call's writes in it. Absence is confirmed by a read begun after
     * this call started (shared by concurrent callers) before anything is proposed. Default: read fresh.
     */
    state?: StateReader;
}
/**
 * `done` with the member's status, or `pending` ("Proposed": its proposal is Open, waiting for other
 * members' ballots; who has not voted and how many ballots are still needed are in the outcome).
 */
export type AddMemberResult = ChangeResult & {
    memberId: string;
    /** The member's status, or "Proposed" while the proposal is Open waiting for more ballots. */
    status: MemberStatus | "Proposed";
    /** A set_member proposal was passed by this call (false: the member was already there, or pending). */
    created: boolean;
};
/**
 * Registers a member by proposal and ballots. Already present (same certificate) → reports its status
 * and proposes nothing. Else reuses an identical Open proposal or proposes set_member once, and votes.
 */
export declare function addMember(client: GovernanceClient, options: AddMemberOptions): Promise<AddMemberResult>;
