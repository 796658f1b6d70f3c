import type { ApiFlavour, EncryptedShare, Failure, Member, Node, Proposal, RecoveryShareResult, ServiceInfo, StateDigest, TransactionStatus } from "./model.js";
/** A successful reply: the body and the transaction id of a write. */
export interface Reply {
    status: number;
    body: Buffer;
    transactionId?: string;
    json<T = unknown>(): T;
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
export declare function asRecord(value: unknown, what: string): Record<string, unknown>;
export declare function str(value: unknown): string | undefined;
/** `{reason, trace?}` (a proposal's or a ballot's failure), the same in both flavours. */
export declare function parseFailure(value: unknown): Failure | undefined;
export declare function parseFailures(value: unknown): Record<string, Failure> | undefined;
