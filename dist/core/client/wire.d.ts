import type { ApiFlavour, EncryptedShare, Failure, Member, Node, Proposal, RecoveryShareResult, ServiceInfo, StateDigest, TransactionStatus } from "./model.js";
/** A successful reply: the body and the transaction id of a write. */
export interface Reply {
    status: number;
    body: Buffer;
    transactionId?: string;
    /** The body as JSON (undefined when empty); not JSON → NodeReplyError naming node and request. */
    json(): unknown;
    /**
     * The body as JSON checked and shaped by `shape` (one of the validators below); whatever it rejects
     * becomes a NodeReplyError naming node, method and path.
     */
    parse<T>(shape: (json: unknown) => T): T;
}
/** The requests a flavour adapter may make; errors (non-2xx) are thrown as GovernanceError. */
export interface Http {
    get(path: string): Promise<Reply>;
    /** Like get, but a 404 resolves to undefined. */
    getOptional(path: string): Promise<Reply | undefined>;
}
/**
 * Everything that differs between API flavours: paths, query, field names and shapes. Reads are done
 * here; writes are signed by the client, which asks the adapter for the path, payload and parser.
 */
export interface FlavourAdapter {
    readonly flavour: ApiFlavour;
    listMembers(http: Http): Promise<Member[]>;
    getMember(http: Http, memberId: string): Promise<Member | undefined>;
    getServiceInfo(http: Http): Promise<ServiceInfo>;
    /** Open proposals (the new API also returns the most recently completed one). */
    listProposals(http: Http): Promise<Proposal[]>;
    getProposal(http: Http, proposalId: string): Promise<Proposal | undefined>;
    /** The proposal body exactly as submitted. */
    getProposalActions(http: Http, proposalId: string): Promise<Buffer | undefined>;
    getBallot(http: Http, proposalId: string, memberId: string): Promise<string | undefined>;
    getStateDigest(http: Http, memberId: string): Promise<StateDigest | undefined>;
    getEncryptedShare(http: Http, memberId: string): Promise<EncryptedShare | undefined>;
    getTransactionStatus(http: Http, transactionId: string): Promise<TransactionStatus>;
    /** The constitution's JavaScript source. */
    getConstitution(http: Http): Promise<string>;
    listNodes(http: Http): Promise<Node[]>;
    createProposalPath(): string;
    parseCreatedProposal(json: unknown): Proposal;
    ballotPath(proposalId: string, memberId: string): string;
    parseBallotResult(json: unknown, proposalId: string): Proposal;
    withdrawPath(proposalId: string): string;
    parseWithdrawn(json: unknown, proposalId: string): Proposal;
    updateDigestPath(memberId: string): string;
    parseUpdatedDigest(json: unknown, memberId: string): StateDigest;
    ackPath(memberId: string): string;
    ackPayload(stateDigest: string): Record<string, string>;
    recoverPath(memberId: string): string;
    parseRecoverResult(json: unknown): RecoveryShareResult;
}
/** Parses `"<submitted>/<threshold> recovery shares successfully submitted"` (+ recovery started). */
export declare function parseRecoveryMessage(message: string): RecoveryShareResult;
export declare function asRecord(value: unknown, where: string): Record<string, unknown>;
export declare function asArray(value: unknown, where: string): unknown[];
export declare function asString(value: unknown, where: string): string;
/** A string or absent (`null` counts as absent, as CCF writes unset optionals in the classic maps). */
export declare function optString(value: unknown, where: string): string | undefined;
export declare function asCount(value: unknown, where: string): number;
export declare function optCount(value: unknown, where: string): number | undefined;
export declare function optBoolean(value: unknown, where: string): boolean | undefined;
export declare function oneOf<T extends string>(value: unknown, where: string, allowed: readonly T[]): T;
/** A member, proposal or node id: 64 hex characters. */
export declare function asId(value: unknown, where: string): string;
/** A transaction id `<view>.<seqno>`. */
export declare function asTransactionId(value: unknown, where: string): string;
/** A map `{key: value}` with every value shaped by `shape`. */
export declare function asMap<T>(value: unknown, where: string, shape: (v: unknown, where: string) => T): Record<string, T>;
export declare const MEMBER_STATUSES: readonly ["Accepted", "Active"];
export declare const RECOVERY_ROLES: readonly ["NonParticipant", "Participant", "Owner"];
export declare const PROPOSAL_STATES: readonly ["Open", "Accepted", "Withdrawn", "Rejected", "Failed", "Dropped"];
export declare const SERVICE_STATUSES: readonly ["Opening", "Open", "WaitingForRecoveryShares", "Recovering"];
export declare const NODE_STATUSES: readonly ["Pending", "Trusted", "Retired"];
export declare const TRANSACTION_STATUSES: readonly ["Unknown", "Pending", "Committed", "Invalid"];
export declare function asVotes(value: unknown, where: string): Record<string, boolean> | undefined;
/** `{reason, trace?}` (a proposal's or a ballot's failure), the same in both flavours. */
export declare function parseFailure(value: unknown, where: string): Failure | undefined;
export declare function parseFailures(value: unknown, where: string): Record<string, Failure> | undefined;
