import { type GovernanceClient, type Member, type RecoveryRole, type Signer, type StateReader } from "../core/index.js";
export interface Outcome {
    proposalId?: string;
    transactionId?: string;
}
export interface Voting {
    proposer: Signer;
    voters: Signer[];
}
export declare function addMember(client: GovernanceClient, options: Voting & {
    certificate: string;
    encryptionPublicKey?: string;
    memberData?: Record<string, unknown>;
    recoveryRole?: RecoveryRole;
    state?: StateReader;
}): Promise<Outcome>;
export declare function setMemberData(client: GovernanceClient, options: Voting & {
    memberId: string;
    memberData: Record<string, unknown>;
}): Promise<Outcome>;
export declare function removeMember(client: GovernanceClient, options: Voting & {
    memberId: string;
}): Promise<Outcome>;
export declare function activateMember(client: GovernanceClient, signer: Signer): Promise<Outcome>;
/** Polls until the member is Active (acked by itself or out of band). */
export declare function waitForActive(client: GovernanceClient, memberId: string, timeoutMs?: number): Promise<Member>;
