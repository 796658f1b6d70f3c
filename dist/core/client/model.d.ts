/**
 * One typed model of the governance objects, whatever API flavour the node speaks (classic snake_case
 * maps and the versioned camelCase API are mapped to these).
 */
export type ApiFlavour = "classic" | "2023-06-01-preview" | "2024-07-01";
export type ApiChoice = "auto" | ApiFlavour;
export declare const API_FLAVOURS: readonly ApiFlavour[];
export type MemberStatus = "Accepted" | "Active";
export type RecoveryRole = "NonParticipant" | "Participant" | "Owner";
export interface Member {
    memberId: string;
    status: MemberStatus;
    certificatePem: string;
    /** Present for recovery members. */
    encryptionPublicKeyPem?: string;
    memberData: unknown;
    recoveryRole: RecoveryRole;
}
export type ProposalState = "Open" | "Accepted" | "Withdrawn" | "Rejected" | "Failed" | "Dropped";
export interface Failure {
    reason: string;
    trace?: string;
}
export interface Proposal {
    proposalId: string;
    proposerId: string;
    state: ProposalState;
    ballotCount: number;
    /** Members who voted, when the node says (classic ballots map; `ballotSubmitters` on newer nodes). */
    ballotSubmitters?: string[];
    finalVotes?: Record<string, boolean>;
    voteFailures?: Record<string, Failure>;
    failure?: Failure;
}
export type ServiceStatus = "Opening" | "Open" | "WaitingForRecoveryShares" | "Recovering";
export interface ServiceInfo {
    status: ServiceStatus;
    certificatePem: string;
    recoveryCount: number;
    recoveryThreshold?: number;
    creationTransactionId?: string;
    previousServiceCreationTransactionId?: string;
    serviceData?: unknown;
}
export interface StateDigest {
    memberId: string;
    stateDigest: string;
}
export interface EncryptedShare {
    memberId: string;
    /** Standard base64 of the RSA-OAEP ciphertext. */
    encryptedShare: string;
}
export interface RecoveryShareResult {
    message: string;
    submittedCount?: number;
    recoveryThreshold?: number;
    fullKeySubmitted?: boolean;
    /** The node started private recovery ("End of recovery procedure initiated"). */
    recoveryInitiated: boolean;
}
export type NodeStatus = "Pending" | "Trusted" | "Retired";
/** How a node attests (`OE_SGX_v1`, `Insecure_Virtual`, `AMD_SEV_SNP_v1`) and, where the node reports one, its measurement. */
export interface QuoteInfo {
    format?: string;
    /** Hex, as reported (`quoteInfo.details.measurement` for Insecure_Virtual). */
    measurement?: string;
}
export interface Node {
    nodeId: string;
    status: NodeStatus;
    /** The service-endorsed node certificate, when the service has one. */
    certificatePem?: string;
    nodeData?: unknown;
    retiredCommitted?: boolean;
    quoteInfo: QuoteInfo;
}
export type TransactionStatusValue = "Unknown" | "Pending" | "Committed" | "Invalid";
export interface TransactionStatus {
    transactionId: string;
    status: TransactionStatusValue;
}
/** The result of a write with the transaction id the node assigned (`x-ms-ccf-transaction-id`). */
export interface Written<T> {
    value: T;
    transactionId?: string;
}
/** A proposal body: `{"actions": [{"name", "args"}]}`. */
export interface ProposalAction {
    name: string;
    args?: Record<string, unknown>;
}
export interface ProposalBody {
    actions: ProposalAction[];
}
