/**
 * The sandbox's governance state: the KV tables a CCF node keeps for governance, as one plain JSON
 * object (persisted whole in DIR/state.json). Field names are ours (camelCase); the API flavours map
 * them to CCF's wire names in `format-new.ts` / `format-classic.ts`.
 *
 * Room is left for recovery (service status, threshold, shares, identities, recoveryCount) and
 * multi-node (nodes[]) so the modules owning those features extend this model, not replace it.
 */
export type ServiceStatus = "Opening" | "Open" | "Recovering" | "WaitingForRecoveryShares";
export type MemberStatus = "Accepted" | "Active";
export type RecoveryRole = "NonParticipant" | "Participant" | "Owner";
export type ProposalState = "Open" | "Accepted" | "Withdrawn" | "Rejected" | "Failed" | "Dropped";
export type NodeStatus = "Pending" | "Trusted" | "Retired";
/** `public:ccf.gov.members.{certs,info,encryption_public_keys}` for one member id. */
export interface MemberRecord {
    certificatePem: string;
    status: MemberStatus;
    memberData: unknown;
    encryptionPublicKeyPem?: string;
    recoveryRole?: RecoveryRole;
}
/** `public:ccf.gov.members.acks[id]`. `stateDigest` absent = the "empty ack" of a service with no signature yet. */
export interface AckRecord {
    stateDigest?: string;
    /** base64 of the last signed COSE ack (CCF stores `cose_sign1_req`). */
    coseSign1?: string;
}
export interface Failure {
    reason: string;
    trace?: string;
}
/** `public:ccf.gov.proposals[id]` (raw bytes) + `proposals_info[id]`. */
export interface ProposalRecord {
    /** base64 of the proposal body bytes exactly as submitted. */
    proposal: string;
    proposerId: string;
    state: ProposalState;
    /** member id → ballot JS source, in submission order. */
    ballots: Record<string, string>;
    finalVotes?: Record<string, boolean>;
    voteFailures?: Record<string, Failure>;
    failure?: Failure;
    /** seqno of the creating transaction, for stable ordering. */
    createdSeqno: number;
}
export interface ServiceConfig {
    recoveryThreshold: number;
    maximumNodeCertificateValidityDays: number;
    maximumServiceCertificateValidityDays: number;
    recentCoseProposalsWindowSize: number;
}
/** `public:ccf.gov.service.info` + `service.config`. */
export interface ServiceRecord {
    status: ServiceStatus;
    certificatePem: string;
    /** PEM PKCS#8 of the service identity key; never served. */
    privateKeyPem: string;
    recoveryCount: number;
    creationTransactionId?: string;
    previousServiceCreationTransactionId?: string;
    /** PEM of the identity before the last disaster recovery (recorded for clients that re-pin). */
    previousServiceIdentityPem?: string;
    serviceData: unknown;
    config: ServiceConfig;
}
/** One node of the (simulated) network. Node 0 is the primary unless `primary` says otherwise. */
export interface NodeRecord {
    nodeId: string;
    status: NodeStatus;
    certificatePem: string;
    privateKeyPem: string;
    nodeData: unknown;
    retiredCommitted: boolean;
    /** Last port this node listened on (reused on restart when free). */
    port?: number;
}
/**
 * Recovery state, owned by sandbox/recovery/**. Kept as an open record so that module can add fields;
 * the core only reads `encryptedShares` (served at N13/C11/C12) and clears nothing it does not own.
 */
export interface RecoveryState {
    /** member id → base64 RSA-OAEP ciphertext of that member's current share. */
    encryptedShares: Record<string, string>;
    /** member id → base64 share submitted during WaitingForRecoveryShares. */
    submittedShares: Record<string, string>;
    [extension: string]: unknown;
}
/** The ledger counters: `view.seqno`, the commit level and the Merkle root at the latest signature (sandbox/history). */
export interface LedgerState {
    view: number;
    seqno: number;
    /** Highest seqno known durable (persisted); transactions ≤ it are Committed. */
    committedSeqno: number;
    /** Merkle root (hex, 64 chars) signed by the latest signature transaction; "" before the first one. */
    root: string;
    lastSignatureSeqno: number;
    /** Previous views' last seqnos, to answer `Invalid` for ids rolled back by a view change. */
    viewHistory: {
        view: number;
        lastSeqno: number;
    }[];
    /** Hex secret the commit evidence nonces derive from (sandbox/history); created on first use, never served. */
    commitSecret?: string;
}
export interface SandboxState {
    formatVersion: 1;
    ccfVersion: number;
    service: ServiceRecord;
    constitution: string;
    members: Record<string, MemberRecord>;
    acks: Record<string, AckRecord>;
    proposals: Record<string, ProposalRecord>;
    /** `public:ccf.gov.cose_recent_proposals`: "<10-digit created_at>:<sha256(sig) hex>" → proposal id. */
    recentProposals: Record<string, string>;
    nodes: NodeRecord[];
    primaryNodeIndex: number;
    recovery: RecoveryState;
    ledger: LedgerState;
}
export declare const DEFAULT_SERVICE_CONFIG: ServiceConfig;
/** `recoveryRole` as CCF reports it: stored role, else Participant with an encryption key, else NonParticipant. */
export declare function effectiveRecoveryRole(member: MemberRecord): RecoveryRole;
/** A recovery member = has an encryption key (CCF counts `members.encryption_public_keys`). */
export declare function isRecoveryMember(member: MemberRecord): boolean;
/** Number of Active members with an encryption key (the default constitution's `getActiveRecoveryMembersCount`). */
export declare function activeRecoveryMemberCount(state: SandboxState): number;
export declare function activeMemberCount(state: SandboxState): number;
export declare function txId(view: number, seqno: number): string;
