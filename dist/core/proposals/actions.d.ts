import type { ProposalAction, ProposalBody, RecoveryRole } from "../client/model.js";
/**
 * Builders for the default constitution's actions (reference §4.2–4.3). Arguments are named as CCF
 * names them; optional fields are left out rather than sent as null.
 */
export interface SetMemberArgs {
    certificatePem: string;
    encryptionPublicKeyPem?: string;
    memberData?: unknown;
    /** 6.x+ only; requires an encryption key. */
    recoveryRole?: RecoveryRole;
}
export declare function setMemberAction(args: SetMemberArgs): ProposalAction;
export declare function removeMemberAction(memberId: string): ProposalAction;
export declare function setMemberDataAction(memberId: string, memberData: unknown): ProposalAction;
export declare function setRecoveryThresholdAction(recoveryThreshold: number): ProposalAction;
export declare function triggerRecoverySharesRefreshAction(): ProposalAction;
export declare function transitionServiceToOpenAction(args: {
    nextServiceIdentityPem: string;
    previousServiceIdentityPem?: string;
}): ProposalAction;
/** `{"actions": [...]}`: the actions run in order, in one transaction, all or nothing. */
export declare function proposalBody(...actions: ProposalAction[]): ProposalBody;
/** The JSON text sent as the proposal payload. */
export declare function proposalJson(body: ProposalBody): string;
