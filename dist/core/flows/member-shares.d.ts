/**
 * Whether each member's recovery share is issued: a member with an encryption key has one once the
 * service holds an encrypted share for it (issued when it became Active, re-issued on membership changes).
 */
import type { GovernanceClient } from "../client/index.js";
import type { Member } from "../client/model.js";
/** `n/a` for a member without an encryption key (never given a share). */
export type RecoveryShareState = "issued" | "none" | "n/a";
export interface MemberWithShare extends Member {
    recoveryShare: RecoveryShareState;
}
/**
 * The members (or `options.members`, already read) with their recovery share state: one GET per member
 * with an encryption key, at most 16 in flight.
 */
export declare function listMembersWithShares(client: Pick<GovernanceClient, "listMembers" | "getEncryptedShare">, options?: {
    members?: Member[];
}): Promise<MemberWithShare[]>;
